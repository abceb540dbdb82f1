import type { MentorRallySettings, SettingsDraft } from '../../core/settings';

/**
 * Where a setting's value lives and how a control reads and writes it: the one accessor every
 * control uses, so the schema names a path instead of writing a get/set pair per setting.
 */
export interface FieldAccess<V> {
	/** The control key (getControlValue/setControlValue): the value's path, such as `properties.role`. */
	readonly key: string;
	get(settings: MentorRallySettings): V;
	set(draft: SettingsDraft, value: V): void;
}

type Leaf = string | number | boolean;

/** Every path to a value a control edits: `mentorTag`, `properties.role`, `teamTarget.min`; a map (roleSynonyms) as a whole. */
export type SettingPath = {
	[K in keyof MentorRallySettings]: MentorRallySettings[K] extends Leaf
		? K
		: MentorRallySettings[K] extends readonly unknown[]
			? never
			: string extends keyof MentorRallySettings[K]
				? K
				: `${K}.${keyof MentorRallySettings[K] & string}`;
}[keyof MentorRallySettings];

/** The type of the value at a path. */
export type ValueAt<P extends string, T = MentorRallySettings> = P extends `${infer Head}.${infer Rest}` ? (Head extends keyof T ? ValueAt<Rest, T[Head]> : never) : P extends keyof T ? T[P] : never;

export interface FieldConversion<P extends SettingPath, V> {
	/** The saved value as the control shows it (role synonyms as lines of text). Default: as saved. */
	show?(saved: ValueAt<P>): V;
	/** The value the user gave as it is saved (a tag without its #, a trimmed name). Default: as given. */
	save?(given: V, draft: SettingsDraft): ValueAt<P>;
}

/** The accessor of the value at `path`, converted on the way in and out when the control shows another form. */
export function field<P extends SettingPath, V = ValueAt<P>>(path: P, conversion: FieldConversion<P, V> = {}): FieldAccess<V> {
	const parts = path.split('.');
	const last = parts.pop() ?? path;
	// The path is one of the schema's own, never a user's word, so plain property access is safe.
	const parent = (root: object): Record<string, unknown> => parts.reduce((node, part) => node[part] as Record<string, unknown>, root as Record<string, unknown>);
	return {
		key: path,
		get: (settings) => {
			const saved = parent(settings)[last] as ValueAt<P>;
			return conversion.show ? conversion.show(saved) : (saved as unknown as V);
		},
		set: (draft, value) => {
			parent(draft)[last] = conversion.save ? conversion.save(value, draft) : value;
		},
	};
}
