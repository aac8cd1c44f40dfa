/** framer-motion's animation features, in their own module so they load only when needed. */
import { domAnimation } from 'framer-motion';

export default domAnimation;
