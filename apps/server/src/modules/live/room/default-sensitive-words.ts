/**
 * A starter list for the demo; real deployments set SENSITIVE_WORDS (or load their vendor's list) because
 * what must be filtered depends on the platform's rules. `!` marks words that refuse the whole comment
 * (contact details that move buyers off the platform), the rest are masked.
 */
export const DEFAULT_SENSITIVE_WORDS = ['傻逼', '傻b', 'sb', '垃圾主播', '操你', 'fuck', 'shit', '!加微信', '!加v', '!vx号', '!私聊转账'];
