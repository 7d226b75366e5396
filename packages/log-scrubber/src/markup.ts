/**
 * Credentials in XML and other markup, where the name and the value are not a `key=value` pair:
 *
 * - an element named like a credential: `<password>x</password>`, `<ns:ClientSecret>x</ns:ClientSecret>`,
 *   `<password><![CDATA[x]]></password>` (Maven `settings.xml`, SOAP bodies, Tomcat users);
 * - a name/value attribute pair: `<add key="DbPassword" value="x"/>` (.NET appSettings),
 *   `<property name="password" value="x"/>` (Spring, Hibernate), `<param name="token" value="x">`.
 *
 * The name is judged by the same key-name rules as object keys (`isSecret`).
 */

type Span = readonly [number, number];

const ELEMENT = /<((?:[A-Za-z_][\w.-]{0,31}:)?([A-Za-z_][\w.-]{0,63}))(?:[ \t][^<>]{0,256})?>(?:<!\[CDATA\[([^\]]{0,2048})\]\]>|([^<]{1,2048}))<\/\1>/g;
const ATTRIBUTE_PAIR =
  /(?<![\w-])(?:key|name|param|property|field)[ \t]*=[ \t]*(["'])([^"'<>]{1,128})\1[ \t\r\n]{1,16}(?:[\w:-]{1,32}[ \t]*=[ \t]*(["'])[^"'<>]{0,128}\3[ \t\r\n]{1,16}){0,2}value[ \t]*=[ \t]*(["'])([^"'<>]{0,2048})\4/g;

/** Cheap test before {@link markupSpans}. */
export function mayHaveMarkup(text: string): boolean {
  return text.includes('</') || text.includes('value=') || text.includes('value =');
}

/** Spans `[start, end)` of credential values in markup; undefined when none. */
export function markupSpans(text: string, isSecret: (name: string) => boolean): Span[] | undefined {
  let spans: Span[] | undefined;
  if (text.includes('</')) {
    ELEMENT.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ELEMENT.exec(text)) !== null) {
      const value = m[3] ?? m[4]!;
      if (value.trim().length === 0 || !isSecret(m[2]!)) continue;
      const end = m.index + m[0].length - m[1]!.length - 3 - (m[3] === undefined ? 0 : 3);
      (spans ??= []).push([end - value.length, end]);
    }
  }
  if (text.includes('value')) {
    ATTRIBUTE_PAIR.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ATTRIBUTE_PAIR.exec(text)) !== null) {
      const value = m[5]!;
      if (value.length === 0 || !isSecret(m[2]!)) continue;
      const end = m.index + m[0].length - 1;
      (spans ??= []).push([end - value.length, end]);
    }
  }
  return spans?.sort((a, b) => a[0] - b[0]);
}
