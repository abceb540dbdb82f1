import { Plugin } from 'obsidian';

export default class MentorRallyPlugin extends Plugin {
	override async onload(): Promise<void> {}
}
