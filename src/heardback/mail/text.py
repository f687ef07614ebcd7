"""Text helpers of the full parse, plain functions on strings: ``clean_text`` (invisible and odd
characters, blank runs), ``html_to_text`` (a few C-speed regular expressions; ``html.parser`` was
~7 MB/s here, too slow for newsletters), ``split_quoted`` (quoted history of replies and
forwards, in several languages and mail clients) and ``split_signature``.
"""

from __future__ import annotations

import re

#: zero-width and formatting characters (dropped) and odd spaces (made plain spaces)
_INVISIBLE = tuple(
    "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u034f\u180e"
    "\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_ODD_SPACES = tuple("\u00a0\u2007\u2009\u200a\u202f\u3000\f\v")
_SPACES = re.compile(" {2,}")
_BLANKS = re.compile(r"\n(?:[ ]*\n){2,}")


def clean_text(text: str) -> str:
    """Zero-width and formatting characters removed, spaces squeezed, at most one blank line.

    (``str.replace`` per character: character-class regular expressions and ``str.translate``
    cost 10-20x more on long text.)
    """
    if not text:
        return ""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\t" in text:
        text = text.replace("\t", " ")
    if not text.isascii():
        for ch in _INVISIBLE:
            if ch in text:
                text = text.replace(ch, "")
        for ch in _ODD_SPACES:
            if ch in text:
                text = text.replace(ch, " ")
    if "  " in text:
        text = _SPACES.sub(" ", text)
    text = "\n".join([line.rstrip() for line in text.split("\n")])
    return _BLANKS.sub("\n\n", text).strip()


# Every pattern is linear in the input (no ".*?" that rescans to the end for each opening tag,
# "[^<>]" stops at the next tag): hostile HTML must not stall a mailbox scan.
_DROPPED = "script|style|head|title|noscript|template|svg|object|xml"
_HTML_DROP_OPEN = re.compile(rf"(?i)<(?:({_DROPPED})\b|(!--)|(!\[CDATA\[))")
_HTML_DROP_CLOSE = {
    **{tag: re.compile(rf"(?i)</{tag}\s*>") for tag in _DROPPED.split("|")},
    "!--": re.compile("-->"),
    "![CDATA[": re.compile(r"\]\]>"),
}
_HTML_DECLARATION = re.compile(r"<[!?][^<>]{0,4000}>")
_HTML_LINK = re.compile(
    r"""(?i)<a\b[^<>]{0,4000}?\bhref\s*=\s*(?:"([^"<>]*)"|'([^'<>]*)'|([^\s<>]+))"""
)
_HTML_QUOTE = re.compile(r"(?i)<(/?)blockquote\b[^<>]{0,4000}>")


def _any_case(pattern: str) -> str:
    """``(?i)`` spelled as character classes: 2x faster for the regex engine on long HTML."""
    return re.sub(r"[a-z]", lambda m: f"[{m.group(0)}{m.group(0).upper()}]", pattern)


_HTML_BLOCK = re.compile(
    "<(?:"
    + _any_case(
        "br|/?(?:p|div|tr|table|tbody|thead|tfoot|h[1-6]|ul|ol|li|dl|dt|dd|section|article"
        "|header|footer|nav|aside|main|pre|hr|form|fieldset|address|figure|figcaption|center"
        "|caption|body|html)"
    )
    + r")\b[^<>]{0,4000}>"
)
_HTML_CELL = re.compile(r"(?i)</t[dh]\s*>")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,4000}>")


def _drop_blocks(html: str) -> str:
    """``html`` without script/style/head ... blocks and comments (an unclosed one: to the end)."""
    out = []
    pos = 0
    while True:
        m = _HTML_DROP_OPEN.search(html, pos)
        if m is None:
            break
        out.append(html[pos : m.start()])
        kind = (m.group(1) or m.group(2) or "![CDATA[").lower()
        close = _HTML_DROP_CLOSE[kind].search(html, m.end())
        if close is None:
            return " ".join(out)
        out.append(" ")
        pos = close.end()
    out.append(html[pos:])
    return _HTML_DECLARATION.sub(" ", "".join(out))


def html_to_text(html: str) -> tuple[str, list[str]]:
    """``(text, links)``: block structure kept as lines, script/style dropped, entities decoded,
    link text kept (the http(s) targets returned apart), blockquotes prefixed with ``> ``."""
    import html as html_lib

    html = _drop_blocks(html)
    links = []
    for m in _HTML_LINK.finditer(html):
        url = (m.group(1) or m.group(2) or m.group(3) or "").strip()
        if url[:8].lower().startswith(("http://", "https://")):
            links.append(html_lib.unescape(url) if "&" in url else url)
    html = " ".join(html.split())
    html = _HTML_QUOTE.sub(lambda m: "\n\x03\n" if m.group(1) else "\n\x02\n", html)
    html = _HTML_BLOCK.sub("\n", html)
    html = _HTML_CELL.sub(" ", html)
    text = html_lib.unescape(_HTML_TAG.sub("", html))
    if "\x02" in text:
        lines, depth = [], 0
        for line in text.split("\n"):
            if line == "\x02":
                depth += 1
            elif line == "\x03":
                depth = max(0, depth - 1)
            else:
                lines.append("> " * depth + line.strip() if depth and line.strip() else line)
        text = "\n".join(lines)
    return "\n".join([line.strip() for line in text.split("\n")]), links


#: verbs that end the attribution line ("... wrote:") and verbs followed by the name (German,
#: Dutch, Scandinavian: "Am ... schrieb Jane Doe <jane@x>:")
_WROTE_LAST = r"wrote|a écrit|escribió|escreveu|ha scritto|kirjoitti|napisał|написал"
_WROTE_FIRST = r"schrieb|schreef|skrev"
_WROTE = _WROTE_LAST + "|" + _WROTE_FIRST
_ATTRIBUTION = re.compile(
    r"(?i)^(?:on|am|le|el|em|op|il|den|w dniu)\b.{0,300}?\b(?:(?:" + _WROTE_LAST + r")\s?:"
    r"|(?:" + _WROTE_FIRST + r")\b.{0,200}?:)$"
    r"|^.{1,200}\b(?:" + _WROTE + r")(?: (?:am|op|on|le|el|em|il)\b.{0,200}?)?\s?:$"
)
_ORIGINAL = re.compile(
    r"(?i)^(?:-{2,}|_{2,})\s*(?:original message|ursprüngliche nachricht|originalnachricht"
    r"|message d'origine|mensaje original|mensagem original|oorspronkelijk bericht"
    r"|messaggio originale|forwarded message|weitergeleitete nachricht|message transféré"
    r"|mensaje reenviado|mensagem encaminhada|doorgestuurd bericht|messaggio inoltrato)"
    r"|^(?:begin forwarded message|anfang der weitergeleiteten nachricht"
    r"|début du message (?:réexpédié|transféré)|inicio del mensaje reenviado"
    r"|início da mensagem (?:reencaminhada|encaminhada)|begin doorgestuurd bericht"
    r"|inizio messaggio inoltrato)\s?:"
)
_OUTLOOK_FROM = re.compile(r"(?i)^\*?(?:from|von|de|van|da)\s?:\*?\s*\S")
_OUTLOOK_SENT = re.compile(
    r"(?i)^\*?(?:sent|date|gesendet|datum|envoyé|enviado(?: el)?|fecha|data|verzonden|inviato"
    r"|verstuurd)\s?:"
)
_OUTLOOK_TO = re.compile(
    r"(?i)^\*?(?:to|an|à|para|aan|a|subject|betreff|objet|asunto|assunto|onderwerp|oggetto)\s?:"
)
_RULE = re.compile(r"^[_\-=]{10,}$")


def split_quoted(text: str) -> tuple[str, str]:
    """``(new text, quoted history)``: reply history and forwarded messages go to the second."""
    if not text:
        return "", ""
    lines = text.split("\n")
    cut = len(lines)
    for i, line in enumerate(lines):
        # every marker has a colon, "--" or "__" (an attribution wrapped over two lines has the
        # colon of its time or of its last word): a cheap test for most lines
        if ":" not in line and "--" not in line and "__" not in line:
            continue
        s = line.strip()
        if not s or s[0] == ">":
            continue
        if _ORIGINAL.match(s) or _outlook_block(lines, i):
            cut = i - 1 if i and _RULE.match(lines[i - 1].strip()) else i
            break
        at = _attribution(lines, i, s)
        if at >= 0:
            cut = at
            break
    head, tail = lines[:cut], lines[cut:]
    new = [line for line in head if not line.lstrip().startswith(">")]
    old = [line for line in head if line.lstrip().startswith(">")]
    quoted = "\n".join(old + ([""] if old and tail else []) + tail)
    return "\n".join(new).strip(), quoted.strip()


def _attribution(lines: list[str], i: int, s: str) -> int:
    """Where an attribution ("On ..., Jane wrote:") starting or ending on line ``i`` starts."""
    tries = []
    if s.endswith(":"):
        tries.append((i, i, s))
        if i and len(s) < 40 and lines[i - 1].strip():  # "...Jane Doe <jane@x>" / "wrote:"
            tries.append((i - 1, i, f"{lines[i - 1].strip()} {s}"))
    elif i + 1 < len(lines) and len(s) > 20:
        tries.append((i, i + 1, f"{s} {lines[i + 1].strip()}"))
    for first, last, joined in tries:
        if len(joined) < 400 and joined.endswith(":") and _ATTRIBUTION.match(joined):
            lead = joined[:3].lower()
            if lead in ("on ", "am ", "le ", "el ", "em ", "op ", "il ") or _next_is_quote(
                lines, last
            ):
                return first
    return -1


def _next_is_quote(lines: list[str], i: int) -> bool:
    for line in lines[i + 1 : i + 4]:
        if line.strip():
            return line.lstrip().startswith(">")
    return False


def _outlook_block(lines: list[str], i: int) -> bool:
    if not _OUTLOOK_FROM.match(lines[i].strip()):
        return False
    window = [line.strip() for line in lines[i + 1 : i + 7]]
    return any(_OUTLOOK_SENT.match(w) for w in window) and any(_OUTLOOK_TO.match(w) for w in window)


_MOBILE = re.compile(
    r"(?i)^(?:sent from my|sent from (?:outlook|mail|yahoo)|get outlook for|von meinem .{1,30}"
    r"gesendet|gesendet von|envoyé de mon|envoyé depuis|enviado desde mi|enviado do meu"
    r"|enviado de meu|verzonden (?:vanaf|met) mijn|inviato da)"
)
_SIGN_OFF = re.compile(
    r"(?i)^(?:(?:best|kind|warm|warmest|many|with)\s+(?:regards|wishes|thanks)|regards|best"
    r"|thanks|thank you|many thanks|thanks again|cheers|sincerely|yours(?: truly| sincerely)?"
    r"|all the best|respectfully|mit freundlichen grüßen|mit freundlichen grüssen|mfg"
    r"|(?:viele|beste|liebe|freundliche|herzliche) grüße|cordialement|bien cordialement"
    r"|bien à vous|salutations|meilleures salutations|saludos(?: cordiales)?|un saludo"
    r"|atentamente|cordiales saludos|atenciosamente|abraços|cumprimentos|att\.?"
    r"|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|mvg|groeten|hartelijke groet"
    r"|cordiali saluti|distinti saluti|saluti|un saluto|grazie)(?:[,!.]\s*\S.{0,40})?[,!.]?$"
)


def split_signature(text: str) -> tuple[str, str]:
    """``(text, signature)``: a ``-- `` block, a mobile footer, or a short sign-off block."""
    if not text:
        return "", ""
    lines = text.split("\n")
    n = len(lines)
    for i, line in enumerate(lines):
        if line == "-- " or (line.strip() in ("--", "—") and n - i <= 15 and i):
            return _split_at(lines, i)
    for i in range(max(1, n - 3), n):
        if _MOBILE.match(lines[i].strip()):
            return _split_at(lines, i)
    for i in range(n - 1, max(0, n - 10), -1):
        s = lines[i].strip()
        if len(s) < 48 and _SIGN_OFF.match(s):
            rest = [x for x in lines[i + 1 :] if x.strip()]
            if len(rest) <= 6 and all(len(x) <= 80 for x in rest):
                return _split_at(lines, i)
            break
    return text, ""


def _split_at(lines: list[str], i: int) -> tuple[str, str]:
    return "\n".join(lines[:i]).strip(), "\n".join(lines[i:]).strip()
