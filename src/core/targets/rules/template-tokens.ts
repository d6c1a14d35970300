// Literal chat-template tokens inside a message: an open-weight trainer renders the chat template
// around the text and then tokenizes it, so "<|eot_id|>" in a user's document becomes a real turn
// boundary (or end of sequence) in training.
import { exampleText } from '../example-text.js';
import type { TargetModel } from '../types.js';
import { issue, type Issue, type Json } from './issue.js';

const TEMPLATE_TOKENS = [
  '<|begin_of_text|>',
  '<|start_header_id|>',
  '<|end_header_id|>',
  '<|eot_id|>',
  '<|im_start|>',
  '<|im_end|>',
  '<|endoftext|>',
  '<start_of_turn>',
  '<end_of_turn>',
  '[INST]',
  '[/INST]',
  '<s>',
  '</s>',
];

const OPEN_WEIGHT_HOSTS = ['together', 'fireworks', 'huggingface'];

export function checkTemplateTokens(target: TargetModel, example: Json): Issue[] {
  // A text line is the rendered sequence itself: template tokens there are the user's intent.
  if (!target.host || !OPEN_WEIGHT_HOSTS.includes(target.host) || target.format === 'text') return [];
  for (const message of exampleText(target.format, example).messages) {
    const token = TEMPLATE_TOKENS.find((t) => message.text.includes(t));
    if (token) {
      return [
        issue(
          'chat_template_token',
          'warning',
          `A ${message.role || 'message'} text contains "${token}", which the trainer's chat template reads as a turn boundary.`,
          `Remove or escape "${token}" in the source text (e.g. write it with a space inside) unless the model should learn it.`,
        ),
      ];
    }
  }
  return [];
}
