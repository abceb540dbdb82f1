import { requireApiVersion, type Setting } from 'obsidian';

/** Error elements drawn by hand on Obsidian before 1.13, which has no Setting.setErrorMessage. */
const fallbackErrors = new WeakMap<Setting, HTMLElement>();

/** Shows (or clears, for null) a problem under a setting. */
export function showProblem(setting: Setting, message: string | null): void {
	if (requireApiVersion('1.13.0')) {
		setting.setErrorMessage(message);
		return;
	}
	let el = fallbackErrors.get(setting);
	if (message === null) {
		el?.remove();
		fallbackErrors.delete(setting);
		setting.settingEl.removeClass('is-invalid');
		return;
	}
	if (!el) {
		el = setting.descEl.createDiv({ cls: 'mod-warning' });
		fallbackErrors.set(setting, el);
	}
	el.setText(message);
	setting.settingEl.addClass('is-invalid');
}
