/** framer-motion's DOM animation features, in their own chunk so they load only when needed. */
import { domAnimation } from 'framer-motion';

export default domAnimation;
