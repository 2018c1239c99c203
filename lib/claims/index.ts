// Public face of the claims: what IRCC's breakdown says the profile claimed, and those claims in
// plain words ("What your score rests on").
export { decodeClaims, decodeLetter, type DecodedLetter, type LetterScore } from './decode';
export {
  CLAIM_KEYS,
  type AgeRange,
  type ClaimKey,
  type Claims,
  type FourLevels,
  type LevelRange,
} from './types';
export { describeClaims, type ClaimLine } from './render';
