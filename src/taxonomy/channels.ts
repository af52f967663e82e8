import { defineTaxonomy, type LabelParseOptions, type LabelParseResult, type EnumSchema, lazyEnumSchema } from './labels';

/**
 * How a complaint reached the council. `'app'` covers participation apps
 * such as Mind of My Own.
 *
 * @example
 * ```ts
 * import { CHANNELS } from 'children-act-complaints';
 *
 * CHANNELS.includes('online-form'); // true
 * ```
 */
export const CHANNELS = ['email', 'telephone', 'online-form', 'letter', 'in-person', 'app', 'other'] as const;

/**
 * One of {@link CHANNELS}.
 *
 * @example
 * ```ts
 * import type { Channel } from 'children-act-complaints';
 *
 * const channel: Channel = 'telephone';
 * ```
 */
export type Channel = (typeof CHANNELS)[number];

/**
 * The heading label of each {@link Channel}, for report tables.
 *
 * @example
 * ```ts
 * import { CHANNEL_LABELS } from 'children-act-complaints';
 *
 * CHANNEL_LABELS['online-form']; // 'Online form'
 * ```
 */
export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = /* @__PURE__ */ Object.freeze({
  email: 'Email',
  telephone: 'Telephone',
  'online-form': 'Online form',
  letter: 'Letter',
  'in-person': 'In person',
  app: 'App',
  other: 'Other',
});

/** @internal The channel taxonomy's parsers, shared with the record readers. */
export const channelTaxonomy = /* @__PURE__ */ defineTaxonomy<Channel>({
  name: 'channel',
  field: 'channel',
  values: CHANNELS,
  labels: CHANNEL_LABELS,
  aliases: {
    email: ['E-mail', 'Emails', 'By email'],
    telephone: ['Phone', 'Telephone call', 'Phone call', 'By phone', 'Tel'],
    'online-form': ['Online', 'Web form', 'Webform', 'E-form', 'E-forms', 'Website', 'Online complaint form', 'Web'],
    letter: ['Post', 'In writing', 'Written', 'Letter/post'],
    'in-person': ['Face to face', 'Face-to-face', 'Visit', 'In person visit', 'Meeting'],
    app: ['Mind of My Own', 'MOMO', 'MOMO app', 'Mind of My Own app', 'Mobile app'],
    other: ['Other channel', 'Social media', 'Text message', 'SMS'],
  },
});

const channelSchemaLazy = /* @__PURE__ */ lazyEnumSchema(CHANNELS);

/**
 * The zod enum of {@link CHANNELS}, built on first use.
 *
 * @returns the schema, the same object on every call
 * @throws never: the schema is built on the first call and reused
 *
 * @example
 * ```ts
 * import { channelSchema } from 'children-act-complaints';
 *
 * channelSchema().safeParse('app').success; // true
 * ```
 */
export function channelSchema(): EnumSchema<Channel> {
  return channelSchemaLazy();
}

/**
 * Maps a channel label to its {@link Channel} ("E-mail", "Phone",
 * "MOMO app", "Face to face", …), with the matching rules of
 * {@link normaliseLabel}.
 *
 * @param label - the label
 * @param options - `aliases` for your own wording; `field` for error messages
 * @returns the canonical channel
 * @throws {@link UnknownLabelError} `UNKNOWN_LABEL` when the label is not known, listing the nearest known labels
 * @throws {@link InvalidInputError} `INVALID_ARGUMENT` when the label is not a string or `aliases` is malformed
 *
 * @example
 * ```ts
 * import { parseChannel } from 'children-act-complaints';
 *
 * parseChannel('MOMO app'); // 'app'
 * parseChannel('E-mail');   // 'email'
 * ```
 */
export function parseChannel(label: string, options?: LabelParseOptions<Channel>): Channel {
  return channelTaxonomy.parse(label, options);
}

/**
 * Like {@link parseChannel}, but returns a result instead of throwing.
 *
 * @param label - the label
 * @param options - `aliases` for your own wording; `field` for error messages
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @throws {@link InvalidInputError} `INVALID_ARGUMENT` only when `options.aliases` is malformed
 *
 * @example
 * ```ts
 * import { safeParseChannel } from 'children-act-complaints';
 *
 * safeParseChannel('Fax').success; // false
 * ```
 */
export function safeParseChannel(label: string, options?: LabelParseOptions<Channel>): LabelParseResult<Channel> {
  return channelTaxonomy.safeParse(label, options);
}
