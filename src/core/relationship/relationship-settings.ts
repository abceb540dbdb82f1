import { isRecord } from '../collections';
import { isCount } from '../settings-rules';

/**
 * The settings of prospects, follow-ups and keeping alumni warm: one group of their own
 * (`relationships` in the saved settings).
 */
export interface RelationshipSettings {
	/** The status word that marks someone the student is reaching out to. */
	readonly prospectStatus: string;
	/** Days after an outreach without an answer before following up. */
	readonly followUpDays: number;
	/** The property of an alumna's note that says how often to keep in touch (`keep_warm: yearly`). */
	readonly keepWarmProperty: string;
}

export const DEFAULT_RELATIONSHIP_SETTINGS: RelationshipSettings = Object.freeze({
	prospectStatus: 'prospect',
	followUpDays: 7,
	keepWarmProperty: 'keep_warm',
});

/** The group from saved data, each missing or mistyped field replaced by its default. */
export function readRelationshipSettings(saved: unknown): RelationshipSettings {
	const raw = isRecord(saved) ? saved : {};
	const d = DEFAULT_RELATIONSHIP_SETTINGS;
	const word = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
	return {
		prospectStatus: word(raw.prospectStatus)?.toLowerCase() ?? d.prospectStatus,
		followUpDays: isCount(raw.followUpDays, 1, 365) ? raw.followUpDays : d.followUpDays,
		keepWarmProperty: word(raw.keepWarmProperty) ?? d.keepWarmProperty,
	};
}
