import { propertyName, propertyNameProblem } from '../../core/settings-rules';
import { NumberSetting } from './controls/number-setting';
import { TextSetting } from './controls/text-setting';
import { field } from './field';
import type { SettingSection } from './schema';

const word = (text: string): string => text.trim().toLowerCase();
const notEmpty = (text: string): string | null => (text.trim() === '' ? 'Write a word.' : null);

/** Prospects, follow-ups and keeping alumni warm: a settings group of its own. */
export const RELATIONSHIP_SECTION: SettingSection = {
	heading: 'Prospects and alumni',
	controls: [
		new TextSetting(field('relationships.prospectStatus', { save: word }), {
			name: 'Prospect status',
			desc: 'The status of someone you are reaching out to. Prospects are listed apart and do not count towards your team.',
			aliases: ['prospect', 'outreach'],
			check: notEmpty,
		}),
		new NumberSetting(field('relationships.followUpDays'), {
			name: 'Follow up after (days)',
			desc: 'When a prospect has not answered, follow up this many days after your last contact.',
			aliases: ['follow-up', 'prospect'],
			min: 1,
			max: 365,
		}),
		new TextSetting(field('relationships.keepWarmProperty', { save: propertyName }), {
			name: 'Keep-in-touch property',
			desc: 'On an alumna\'s note, how often to keep in touch, such as yearly. She then shows under "Keep in touch" when it is time.',
			aliases: ['keep warm', 'alumni'],
			check: propertyNameProblem,
		}),
	],
};
