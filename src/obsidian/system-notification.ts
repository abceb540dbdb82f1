import { Platform } from 'obsidian';

/** The part of the web Notification API used here (Electron has it; tests pass their own). */
export interface NotificationApi {
	readonly permission: string;
	requestPermission(): Promise<string>;
	new (title: string, options?: { body?: string; tag?: string; silent?: boolean }): { onclick: ((event: Event) => unknown) | null; close(): void };
}

/** The system's Notification API, when this is a desktop app that has one. */
export function desktopNotificationApi(): NotificationApi | null {
	if (Platform.isMobile) return null;
	const api = (window as { Notification?: unknown }).Notification;
	return typeof api === 'function' && typeof (api as Partial<NotificationApi>).requestPermission === 'function' ? (api as NotificationApi) : null;
}

/**
 * Shows a system notification that opens the dashboard when clicked; false when it cannot be
 * shown (no API, on a phone, not allowed), and the caller shows its notice instead. Not yet
 * asked: asks now, for the next reminder, and this one goes to the notice.
 */
export function showSystemNotification(api: NotificationApi | null, title: string, body: string, onClick: () => void): boolean {
	if (!api) return false;
	if (api.permission !== 'granted') {
		if (api.permission === 'default') void api.requestPermission().catch(() => undefined);
		return false;
	}
	try {
		// One tag: a newer reminder replaces an older one still on screen instead of piling up.
		const notification = new api(title, { body, tag: 'mentor-rally-reminders' });
		notification.onclick = () => {
			window.focus();
			notification.close();
			onClick();
		};
		return true;
	} catch (error) {
		console.error('Mentor Rally: could not show a system notification.', error);
		return false;
	}
}
