import { defineTaxonomy, type TaxonomyValue } from './labels';

/**
 * How a complaint reached the council. `'app'` covers participation apps
 * such as Mind of My Own.
 *
 *
 * @example
 * ```ts
 * import { channels } from 'children-act-complaints';
 * 
 * channels.parse('Mind of My Own'); // 'app'
 * channels.parse('Web form');       // 'online-form'
 * channels.values.length;           // 7
 * ```
 */
export const channels = /* @__PURE__ */ defineTaxonomy(
  {
    name: 'channel',
    noun: 'channel',
    field: 'channel',
    values: ['email', 'telephone', 'online-form', 'letter', 'in-person', 'app', 'other'],
    labels: {
  email: 'Email',
  telephone: 'Telephone',
  'online-form': 'Online form',
  letter: 'Letter',
  'in-person': 'In person',
  app: 'App',
  other: 'Other',
},
    aliases: () => ({
    email: ['E-mail', 'Emails', 'By email'],
    telephone: ['Phone', 'Telephone call', 'Phone call', 'By phone', 'Tel'],
    'online-form': ['Online', 'Web form', 'Webform', 'E-form', 'E-forms', 'Website', 'Online complaint form', 'Web'],
    letter: ['Post', 'In writing', 'Written', 'Letter/post'],
    'in-person': ['Face to face', 'Face-to-face', 'Visit', 'In person visit', 'Meeting'],
    app: ['Mind of My Own', 'MOMO', 'MOMO app', 'Mind of My Own app', 'Mobile app'],
    other: ['Other channel', 'Social media', 'Text message', 'SMS'],
  }),
  },
);

/**
 * One of the values of {@link channels}.
 *
 * @example
 * ```ts
 * import type { Channel } from 'children-act-complaints';
 *
 * const value: Channel = 'email';
 * ```
 */
export type Channel = TaxonomyValue<typeof channels>;
