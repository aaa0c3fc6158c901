/** wink-lemmatizer 3 ships no types: its three functions take a lower-case word and return its base form. */
declare module 'wink-lemmatizer' {
  const lemmatizer: {
    /** "firing" → "fire", "hitting" → "hit". */
    verb(word: string): string
    /** "militias" → "militia". */
    noun(word: string): string
    /** "worse" → "bad". */
    adjective(word: string): string
  }
  export default lemmatizer
}
