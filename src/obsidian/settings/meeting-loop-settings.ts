import { folderProblem, propertyName, propertyNameProblem, tagName, tagProblem } from '../../core/settings-rules';
import { FolderSetting } from './controls/folder-setting';
import { TextSetting } from './controls/text-setting';
import { field } from './field';
import type { SettingSection } from './schema';

/** The meeting loop (prepare, wrap up, close the loop, keep mentors updated): a settings group of its own. */
export const MEETING_LOOP_SECTION: SettingSection = {
	heading: 'Meeting loop',
	controls: [
		new TextSetting(field('askTag', { save: tagName }), {
			name: 'Question tag',
			desc: 'An open item with this tag is a question for the next meeting: the meeting brief and updates list it. Write it without the #.',
			aliases: ['ask', 'questions'],
			check: tagProblem,
		}),
		new TextSetting(field('loopTag', { save: tagName }), {
			name: 'Thanks tag',
			desc: 'An item with this tag is a thank-you owed: telling a mentor how their help turned out. Write it without the #.',
			aliases: ['loop', 'thank'],
			check: tagProblem,
		}),
		new FolderSetting(field('updatesFolder'), {
			name: 'Updates folder',
			desc: 'Where the draft an update command writes its notes.',
			placeholder: 'e.g. Updates',
			check: folderProblem,
		}),
		new TextSetting(field('lastUpdateProperty', { save: propertyName }), {
			name: 'Last update property',
			desc: 'On a mentor note: the day you last sent them a progress update. Default: last_update.',
			aliases: ['frontmatter', 'property names'],
			check: propertyNameProblem,
		}),
		new TextSetting(field('updateCadenceProperty', { save: propertyName }), {
			name: 'Update cadence property',
			desc: 'On a mentor note: how often to send them a progress update, such as quarterly. Default: update_cadence.',
			aliases: ['frontmatter', 'property names'],
			check: propertyNameProblem,
		}),
	],
};
