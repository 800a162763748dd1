/**
 * How the CMS sends e-mail (the review reminders), from the environment, checked once at start
 * (config/plugins.ts) so a typo stops the CMS with a message instead of losing every reminder.
 *
 * With SMTP_HOST set, Strapi's e-mail plugin sends through that server (the nodemailer provider).
 * Without it (a local machine), nothing is sent: the reminder job writes each digest to the log.
 */

/** The e-mail plugin's provider when SMTP is configured (@strapi/provider-email-nodemailer). */
export const SMTP_PROVIDER = 'nodemailer';

export type SmtpSettings = {
  host: string;
  port: number;
  /** TLS from the first byte (SMTPS, usually port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  /** Absent for a relay that takes mail without signing in (e.g. by network address). */
  auth?: { user: string; pass: string };
};

export type EmailSettings = {
  smtp: SmtpSettings;
  /** The sender, e.g. "Cancer Center Web Team <web-team@example.org>". */
  from: string;
  /** Where replies go, if not to the sender. */
  replyTo?: string;
};

const SMTPS_PORT = 465;
const SUBMISSION_PORT = 587;

function value(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw ? raw : undefined;
}

function port(raw: string | undefined, secure: boolean | undefined): number {
  if (raw === undefined) return secure ? SMTPS_PORT : SUBMISSION_PORT;
  const parsed = Number(raw);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 65535) throw new Error(`SMTP_PORT must be a port number (1–65535), got "${raw}".`);
  return parsed;
}

function flag(raw: string | undefined): boolean | undefined {
  if (raw === undefined) return undefined;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw new Error(`SMTP_SECURE must be true or false, got "${raw}".`);
}

/** The SMTP server and sender, or null when SMTP_HOST is not set (then reminders go to the log). */
export function emailSettings(env: NodeJS.ProcessEnv = process.env): EmailSettings | null {
  const host = value(env, 'SMTP_HOST');
  if (!host) return null;
  const secureFlag = flag(value(env, 'SMTP_SECURE'));
  const smtpPort = port(value(env, 'SMTP_PORT'), secureFlag);
  const secure = secureFlag ?? smtpPort === SMTPS_PORT;
  const user = value(env, 'SMTP_USER');
  const pass = env.SMTP_PASSWORD;
  if ((user === undefined) !== !pass) throw new Error('SMTP_USER and SMTP_PASSWORD go together: set both to sign in to the SMTP server, or neither for a relay that needs no sign-in.');
  const from = value(env, 'EMAIL_FROM');
  if (!from) throw new Error('EMAIL_FROM must be set with SMTP_HOST: the address review reminders are sent from, e.g. "Web Team <web-team@example.org>".');
  return {
    smtp: { host, port: smtpPort, secure, ...(user && pass ? { auth: { user, pass } } : {}) },
    from,
    ...(value(env, 'EMAIL_REPLY_TO') ? { replyTo: value(env, 'EMAIL_REPLY_TO') } : {}),
  };
}

/**
 * Strapi's e-mail plugin configuration (config/plugins.ts `email`), or undefined without SMTP: the
 * plugin then keeps its default provider (sendmail), which the reminder job never calls.
 */
export function emailPluginConfig(settings: EmailSettings | null) {
  if (!settings) return undefined;
  return {
    provider: SMTP_PROVIDER,
    providerOptions: settings.smtp,
    settings: { defaultFrom: settings.from, ...(settings.replyTo ? { defaultReplyTo: settings.replyTo } : {}) },
  };
}
