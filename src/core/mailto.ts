/**
 * A `mailto:` link (RFC 6068): addresses, subject and body percent-encoded, line breaks as
 * CRLF. Parentheses and the other characters encodeURIComponent leaves are encoded too, so
 * the link can sit inside a markdown link `[text](mailto:…)` without ending it.
 */
export function mailtoLink(to: readonly string[], subject: string, body: string): string {
	const encode = (text: string): string => encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
	const addresses = to.map((address) => encode(address.trim()).replace(/%40/g, '@')).join(',');
	return `mailto:${addresses}?subject=${encode(subject)}&body=${encode(body.replace(/\r?\n/g, '\r\n'))}`;
}
