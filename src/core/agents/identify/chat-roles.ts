// The words chat logs use for the two sides, in the major languages, and template placeholders
// ("[[USER_NAME]]", "{{char}}", "<bot>"): which role a speaker label stands for.
import type { TurnRole } from '../../types.js';

export type ChatRole = TurnRole | 'system';

const USER_WORDS = `user human customer client visitor me username usuario utilisateur benutzer nutzer kunde utente
  usuário gebruiker użytkownik пользователь клиент 用户 用戶 使用者 客户 ユーザー 사용자 고객 مستخدم المستخدم kullanıcı`;
const ASSISTANT_WORDS = `assistant ai bot chatbot agent support model char asistente assistente assistent agente asystent
  ассистент помощник 助手 助理 アシスタント 어시스턴트 مساعد المساعد`;
const SYSTEM_WORDS = 'system sistema système система 系统 システム 시스템 النظام';
const MULTI_WORD: Record<string, ChatRole> = { 'support agent': 'assistant', 'user name': 'user', 'ai name': 'assistant', 'bot name': 'assistant', 'assistant name': 'assistant' };

const words = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean));
const ROLES = new Map<string, ChatRole>([
  ...[...words(USER_WORDS)].map((w) => [w, 'user'] as const),
  ...[...words(ASSISTANT_WORDS)].map((w) => [w, 'assistant'] as const),
  ...[...words(SYSTEM_WORDS)].map((w) => [w, 'system'] as const),
  ...Object.entries(MULTI_WORD),
]);

/** "[[USER_NAME]]" → "user name", "{{char}}" → "char", "Assistant" → "assistant". */
function roleKey(label: string): string {
  return label
    .replace(/^(?:\[\[|\{\{|<)\s*|\s*(?:\]\]|\}\}|>)$/g, '')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The role a fixed chat label stands for ("User" → user, "bot" → assistant), or null. */
export function roleOfLabel(label: string): ChatRole | null {
  return ROLES.get(roleKey(label)) ?? null;
}

/** A template placeholder used as a speaker label: "[[USER_NAME]]", "{{user}}", "<bot>". */
export const PLACEHOLDER_LABEL = /^\s*(\[\[[\p{L}_ ]{1,30}\]\]|\{\{[\p{L}_ ]{1,30}\}\}|<[\p{L}_]{1,30}>)\s*[:：]\s*(.*)$/u;
