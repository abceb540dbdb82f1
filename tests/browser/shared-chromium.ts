// The browser project's global set-up: one Chromium for the whole run, which every test file
// connects to (tests/browser/browser-page.ts, launchChromium). Starting Chromium costs about
// two seconds, once per test file before; each file still gets contexts and pages of its own.
import { launchChromiumServer, SHARED_CHROMIUM } from './browser-page';

export default async function shareOneChromium(): Promise<() => Promise<void>> {
	const server = await launchChromiumServer();
	process.env[SHARED_CHROMIUM] = server.wsEndpoint();
	return async () => {
		delete process.env[SHARED_CHROMIUM];
		await server.close();
	};
}
