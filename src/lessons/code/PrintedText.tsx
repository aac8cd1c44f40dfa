/**
 * The article program's printed text as shown on screen. The program prints its verdict with
 * an emoji ('Glasses ✅', 'Ring ❌'), and the command line keeps that byte for byte; but a
 * browser without an emoji font draws those as empty boxes. On screen each verdict emoji is
 * drawn as an SVG icon instead, in the same place, and every other character stays as printed.
 */
import { Fragment } from 'react';
import { CheckIcon, CrossIcon } from '../../ui/icons';

const VERDICT_ICONS = { '✅': CheckIcon, '❌': CrossIcon } as const;

// The capture group keeps each emoji in split()'s result; an emoji variation selector after
// it, if any, is dropped with it.
const VERDICT_EMOJI = /([✅❌])\uFE0F?/u;

export function PrintedText({ text }: { text: string }) {
  return (
    <>
      {text.split(VERDICT_EMOJI).map((part, i) => {
        // split() with one capture group alternates plain text and the captured emoji.
        if (i % 2 === 0) return <Fragment key={i}>{part}</Fragment>;
        const Icon = VERDICT_ICONS[part as keyof typeof VERDICT_ICONS];
        return <Icon key={i} />;
      })}
    </>
  );
}
