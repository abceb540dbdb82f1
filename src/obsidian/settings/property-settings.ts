import { DEFAULT_SETTINGS, type PropertyNames } from '../../core/settings';
import { propertyName, propertyNameClash, propertyNameProblem } from '../../core/settings-rules';
import { TextSetting } from './controls/text-setting';
import { field } from './field';

/** The property names, in the order the tab lists them, with the words that name each. */
const PROPERTIES: readonly { key: keyof PropertyNames; name: string; desc: string }[] = [
	{ key: 'type', name: 'Type property', desc: 'A note whose type property is "mentor" is a mentor note.' },
	{ key: 'role', name: 'Role property', desc: "The mentor's role or roles: research, support, sponsor or one of your own." },
	{ key: 'cadence', name: 'Cadence property', desc: 'How often to meet, such as every 2 weeks or monthly.' },
	{ key: 'lastContact', name: 'Last contact property', desc: 'The day you were last in touch.' },
	{ key: 'nextMeeting', name: 'Next meeting property', desc: 'A meeting you have booked: a date, or a date and a time.' },
	{ key: 'status', name: 'Status property', desc: 'Active, paused or alumni. Paused and alumni mentors get no reminders.' },
	{ key: 'snoozeUntil', name: 'Snooze property', desc: 'No reminders for this mentor until this day.' },
	{ key: 'email', name: 'Email property', desc: "The mentor's email address." },
	{ key: 'institution', name: 'Institution property', desc: 'Where the mentor works.' },
	{ key: 'since', name: 'Since property', desc: 'When the mentorship began.' },
	{ key: 'mentor', name: 'Meeting mentor property', desc: 'On a meeting note: a link to the mentor, or a list of links for a group meeting.' },
	{ key: 'date', name: 'Meeting date property', desc: 'On a meeting note: the day the meeting took place.' },
];

/** A setting per property name: never empty, never the name of another property. */
export const PROPERTY_SETTINGS: readonly TextSetting[] = PROPERTIES.map(
	(p) =>
		new TextSetting(field(`properties.${p.key}`, { save: propertyName }), {
			name: p.name,
			desc: `${p.desc} Default: ${DEFAULT_SETTINGS.properties[p.key]}.`,
			aliases: ['frontmatter', 'property names'],
			check: (name, settings) => {
				const problem = propertyNameProblem(name);
				if (problem) return problem;
				const clash = propertyNameClash(p.key, name, settings.properties);
				const other = PROPERTIES.find((q) => q.key === clash);
				return other ? `The ${other.name.toLowerCase()} already uses this name.` : null;
			},
		}),
);
