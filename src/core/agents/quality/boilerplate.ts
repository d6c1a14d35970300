// Refusals and AI boilerplate: text a fine-tuned model must never learn to say.

const REFUSALS = [
  /\bi(?:'m| am) sorry,? (?:but )?i (?:can(?:no|')t|am unable|'m unable|am not able)/i,
  /\bi can(?:no|')t (?:help|assist|provide|answer|comply|fulfill)/i,
  /\bi(?:'m| am) (?:not able|unable) to (?:help|assist|provide|answer)/i,
  /\bi (?:do not|don't) have (?:access to|enough information|any information|information about)/i,
  /\b(?:the|this) (?:provided )?(?:text|excerpt|document|passage|context) (?:does not|doesn't|did not|didn't) (?:mention|contain|provide|specify|say|include|state)/i,
  /\bthere is no information (?:about|on|in)\b/i,
];

const BOILERPLATE = [
  /\bas an ai\b/i,
  /\bas a (?:large )?language model\b/i,
  /\bi(?:'m| am) (?:just |only )?an ai\b/i,
  /\bmy (?:knowledge cutoff|training data)\b/i,
  /\b(?:based on|according to|as stated in|as mentioned in) the (?:provided |given )?(?:text|excerpt|passage|context|document)\b/i,
  /\ben tant qu[e'’] ?(?:ia|intelligence artificielle|modèle de langage)\b/i,
  /\bals (?:ki|künstliche intelligenz|sprachmodell)\b/i,
  /\bcomo (?:una? )?(?:ia|inteligencia artificial|modelo de lenguaje)\b/i,
];

export function isRefusal(text: string): boolean {
  return REFUSALS.some((pattern) => pattern.test(text));
}

export function isBoilerplate(text: string): boolean {
  return BOILERPLATE.some((pattern) => pattern.test(text));
}
