// Minimal types for the untyped `snowball-stemmers` package: only what stem.ts uses. The package
// sets `__esModule` and assigns named exports, so named imports work under Node ESM (the CJS
// lexer finds them) and under bundlers, whereas a default import is undefined under the latter.
declare module "snowball-stemmers" {
  export interface SnowballStemmer {
    stem(word: string): string;
  }
  export function newStemmer(language: string): SnowballStemmer;
  export function algorithms(): string[];
}
