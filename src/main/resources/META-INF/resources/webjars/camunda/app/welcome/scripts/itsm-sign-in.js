// ITSM Flow: the sign-in shared by every webapp (../../itsm-sign-in.js).
export { default } from '../../itsm-sign-in.js';
