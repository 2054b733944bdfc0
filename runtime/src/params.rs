//! Parameter serialization: OpenAPI's `style` × `explode` table ([`Format`]) and the
//! percent-encoding of each location (path segment, query, cookie, form body, header).

use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS};

/// Characters escaped in a path segment: everything but RFC 3986 unreserved characters,
/// so `/`, `?`, `#`, `%` and spaces in an id stay inside one segment.
const SEGMENT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'/')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}')
    .add(b'[')
    .add(b']')
    .add(b'\\')
    .add(b'^')
    .add(b'|')
    .add(b'!')
    .add(b'$')
    .add(b'&')
    .add(b'\'')
    .add(b'(')
    .add(b')')
    .add(b'*')
    .add(b'+')
    .add(b',')
    .add(b';')
    .add(b'=')
    .add(b':')
    .add(b'@');

/// Query names and values: the same set (form encoding of a single component).
const COMPONENT: &AsciiSet = SEGMENT;

/// OpenAPI's parameter `style`s.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Simple,
    Label,
    Matrix,
    Form,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
}

/// How a parameter or form field is written: OpenAPI's `style` and `explode`, and the
/// delimiter between the items of an unexploded array or object — the style's own (`,`, a
/// space for `spaceDelimited`, `|` for `pipeDelimited`) unless a Swagger 2.0
/// `collectionFormat` asks for one OpenAPI 3.0 has no style for (`ssv`, `tsv`, `pipes` in a
/// path or header, `tsv` in a query or form). For `color` = `blue`, `[blue, black]` and
/// `{R: 100, G: 200}` (RFC 6570, as OpenAPI's style table gives them):
///
/// - `simple`: `blue`, `blue,black`, `R,100,G,200`; exploded `R=100,G=200`.
/// - `label`: `.blue`, `.blue,black`, `.R,100,G,200`; exploded `.blue.black`, `.R=100.G=200`.
/// - `matrix`: `;color=blue`, `;color=blue,black`, `;color=R,100,G,200`; exploded
///   `;color=blue;color=black`, `;R=100;G=200`.
/// - `form`: `color=blue`, `color=blue,black`, `color=R,100,G,200`; exploded
///   `color=blue&color=black`, `R=100&G=200`. An empty string is `color=`.
/// - `spaceDelimited`, `pipeDelimited`: `color=blue%20black`, `color=blue|black`, and
///   objects the same way; exploded, one `color=item` pair per item, as `form`.
/// - `deepObject`: `color[R]=100&color[G]=200` (the brackets percent-encoded).
///
/// Names and items are escaped one by one for where they go; the delimiters stay literal
/// (whitespace aside, which a URL cannot hold), so an item holding one (`a%2Cb`) stays
/// one item.
///
/// ```
/// use clientgen_runtime::Format;
///
/// // A Swagger 2.0 `collectionFormat: tsv` query parameter: form style, tab-delimited.
/// let tsv = Format::form(false).delimiter('\t');
/// assert_ne!(tsv, Format::form(false));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Format {
    style: Style,
    explode: bool,
    delimiter: char,
}

impl Format {
    const fn new(style: Style, explode: bool) -> Self {
        let delimiter = match style {
            Style::SpaceDelimited => ' ',
            Style::PipeDelimited => '|',
            _ => ',',
        };
        Format {
            style,
            explode,
            delimiter,
        }
    }

    /// `simple`: the default for path and header parameters.
    pub const fn simple(explode: bool) -> Self {
        Self::new(Style::Simple, explode)
    }

    /// `label` (path parameters).
    pub const fn label(explode: bool) -> Self {
        Self::new(Style::Label, explode)
    }

    /// `matrix` (path parameters).
    pub const fn matrix(explode: bool) -> Self {
        Self::new(Style::Matrix, explode)
    }

    /// `form`: the default for query and cookie parameters and form fields.
    pub const fn form(explode: bool) -> Self {
        Self::new(Style::Form, explode)
    }

    /// `spaceDelimited` (query parameters, form fields).
    pub const fn space_delimited(explode: bool) -> Self {
        Self::new(Style::SpaceDelimited, explode)
    }

    /// `pipeDelimited` (query parameters, form fields).
    pub const fn pipe_delimited(explode: bool) -> Self {
        Self::new(Style::PipeDelimited, explode)
    }

    /// `deepObject` (query parameters, form fields): one `name[key]=value` pair per
    /// property, exploded or not.
    pub const fn deep_object(explode: bool) -> Self {
        Self::new(Style::DeepObject, explode)
    }

    /// The same style with another delimiter between the items of an unexploded array or
    /// object: a Swagger 2.0 `collectionFormat` (`csv` `,`, `ssv` a space, `tsv` a tab,
    /// `pipes` `|`).
    pub const fn delimiter(self, delimiter: char) -> Self {
        Format {
            style: self.style,
            explode: self.explode,
            delimiter,
        }
    }

    /// The value as `(name, value)` items, each escaped: one item (`color` → `blue,black`)
    /// or, exploded, one per array item (`color` → `blue`, `color` → `black`) or object
    /// property (`R` → `100`); `deepObject`, one per property (`color[R]` → `100`).
    /// `null` is no item. Every location writes its values through here.
    pub(super) fn items(
        self,
        name: &str,
        value: &serde_json::Value,
        escape: Escape,
    ) -> Vec<(String, String)> {
        use serde_json::Value;
        let key = escape.part(name);
        let join = |texts: Vec<String>| texts.join(&escape.delimiter(self.delimiter));
        let text = |v: &Value| escape.part(&scalar_text(v));
        match value {
            Value::Null => Vec::new(),
            Value::Array(items) if self.explode => {
                items.iter().map(|i| (key.clone(), text(i))).collect()
            }
            Value::Array(items) => vec![(key, join(items.iter().map(text).collect()))],
            Value::Object(map) if self.style == Style::DeepObject => map
                .iter()
                .map(|(k, v)| (escape.part(&format!("{name}[{k}]")), text(v)))
                .collect(),
            Value::Object(map) if self.explode => {
                map.iter().map(|(k, v)| (escape.part(k), text(v))).collect()
            }
            Value::Object(map) => {
                let flat = map.iter().flat_map(|(k, v)| [escape.part(k), text(v)]);
                vec![(key, join(flat.collect()))]
            }
            other => vec![(key, text(other))],
        }
    }

    /// The value as one text, for the styles that write one (`simple`, `label`, `matrix`:
    /// path and header parameters): the items after the style's prefix (`.`, `;`), with its
    /// separator (`,`, `.`, `;`). `matrix` names each item (`color=blue`; an empty one is
    /// just `color`); the others name only the properties of an exploded object.
    pub(super) fn text(self, name: &str, value: &serde_json::Value, escape: Escape) -> String {
        let (prefix, separator) = match self.style {
            Style::Label => (".", "."),
            Style::Matrix => (";", ";"),
            _ => ("", ","),
        };
        let matrix = self.style == Style::Matrix;
        let named = matrix || (self.explode && value.is_object());
        let items: Vec<String> = self
            .items(name, value, escape)
            .into_iter()
            .map(|(k, v)| match (named, v.is_empty()) {
                (false, _) => v,
                (true, true) if matrix => k,
                (true, _) => format!("{k}={v}"),
            })
            .collect();
        if items.is_empty() {
            return String::new();
        }
        format!("{prefix}{}", items.join(separator))
    }
}

/// A request being built by a generated method.
/// How the names and items of a parameter are escaped for where they go.
#[derive(Clone, Copy)]
pub(super) enum Escape {
    /// A path segment, a query's or a cookie's name or value: everything but RFC 3986
    /// unreserved characters is percent-encoded.
    Url,
    /// An `application/x-www-form-urlencoded` body, where a space is `+`.
    Form,
    /// A header value or a multipart part: as is (a header value with CR or LF makes the
    /// request invalid when it is built).
    Raw,
}

/// What a form body escapes: everything but ASCII letters, digits and `*-._`.
const FORM: &AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'*')
    .remove(b'-')
    .remove(b'.')
    .remove(b'_');

impl Escape {
    pub(super) fn part(self, s: &str) -> String {
        match self {
            Escape::Url => utf8_percent_encode(s, COMPONENT).to_string(),
            Escape::Form => utf8_percent_encode(s, FORM).to_string().replace("%20", "+"),
            Escape::Raw => s.to_string(),
        }
    }

    /// A delimiter between items: literal, unless it is whitespace (a space, a tab), which
    /// a URL cannot hold: that is escaped like an item.
    fn delimiter(self, delimiter: char) -> String {
        let text = delimiter.to_string();
        if delimiter.is_whitespace() {
            self.part(&text)
        } else {
            text
        }
    }
}

/// One form body property's `encoding` (OpenAPI's Encoding Object): its name and format.
pub type FormEncoding = (&'static str, Format);

/// A cookie name or value, percent-encoded (cookie values cannot hold `;`, `,`, spaces).
pub(super) fn cookie_component(s: &str) -> String {
    Escape::Url.part(s)
}

/// A scalar as text: a string as is, `null` empty, numbers and booleans as JSON writes them.
fn scalar_text(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// Whether a value has nothing in it: `null`, `""`, `[]` or `{}`.
pub(super) fn is_empty_value(v: &serde_json::Value) -> bool {
    match v {
        serde_json::Value::Null => true,
        serde_json::Value::String(s) => s.is_empty(),
        serde_json::Value::Array(a) => a.is_empty(),
        serde_json::Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    fn color() -> [(&'static str, Value); 4] {
        [
            ("empty", json!("")),
            ("string", json!("blue")),
            ("array", json!(["blue", "black", "brown"])),
            ("object", json!({"R": 100, "G": 200, "B": 150})),
        ]
    }

    /// OpenAPI 3.0.4's style examples table, path and header styles (one text), for
    /// `color` = each value: (style, explode, [empty, string, array, object]).
    #[test]
    fn path_styles_follow_the_openapi_table() {
        let table: [(Format, [&str; 4]); 6] = [
            (
                Format::simple(false),
                ["", "blue", "blue,black,brown", "R,100,G,200,B,150"],
            ),
            (
                Format::simple(true),
                ["", "blue", "blue,black,brown", "R=100,G=200,B=150"],
            ),
            (
                Format::label(false),
                [".", ".blue", ".blue,black,brown", ".R,100,G,200,B,150"],
            ),
            (
                Format::label(true),
                [".", ".blue", ".blue.black.brown", ".R=100.G=200.B=150"],
            ),
            (
                Format::matrix(false),
                [
                    ";color",
                    ";color=blue",
                    ";color=blue,black,brown",
                    ";color=R,100,G,200,B,150",
                ],
            ),
            (
                Format::matrix(true),
                [
                    ";color",
                    ";color=blue",
                    ";color=blue;color=black;color=brown",
                    ";R=100;G=200;B=150",
                ],
            ),
        ];
        for (format, want) in table {
            for ((what, value), want) in color().iter().zip(want) {
                assert_eq!(
                    format.text("color", value, Escape::Url),
                    want,
                    "{format:?} {what}"
                );
            }
        }
    }

    fn query(format: Format, value: &Value) -> String {
        let pairs = format.items("color", value, Escape::Url);
        let pairs: Vec<String> = pairs.into_iter().map(|(k, v)| format!("{k}={v}")).collect();
        pairs.join("&")
    }

    /// The table's query styles, as the pairs they add to the query string.
    #[test]
    fn query_styles_follow_the_openapi_table() {
        let table: [(Format, [&str; 4]); 7] = [
            (
                Format::form(false),
                [
                    "color=",
                    "color=blue",
                    "color=blue,black,brown",
                    "color=R,100,G,200,B,150",
                ],
            ),
            (
                Format::form(true),
                [
                    "color=",
                    "color=blue",
                    "color=blue&color=black&color=brown",
                    "R=100&G=200&B=150",
                ],
            ),
            (
                Format::space_delimited(false),
                [
                    "color=",
                    "color=blue",
                    "color=blue%20black%20brown",
                    "color=R%20100%20G%20200%20B%20150",
                ],
            ),
            (
                Format::pipe_delimited(false),
                [
                    "color=",
                    "color=blue",
                    "color=blue|black|brown",
                    "color=R|100|G|200|B|150",
                ],
            ),
            (
                Format::pipe_delimited(true),
                [
                    "color=",
                    "color=blue",
                    "color=blue&color=black&color=brown",
                    "R=100&G=200&B=150",
                ],
            ),
            (
                Format::deep_object(true),
                [
                    "color=",
                    "color=blue",
                    "color=blue&color=black&color=brown",
                    "color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150",
                ],
            ),
            (
                Format::form(false).delimiter('\t'),
                [
                    "color=",
                    "color=blue",
                    "color=blue%09black%09brown",
                    "color=R%09100%09G%09200%09B%09150",
                ],
            ),
        ];
        for (format, want) in table {
            for ((what, value), want) in color().iter().zip(want) {
                assert_eq!(query(format, value), want, "{format:?} {what}");
            }
        }
        assert_eq!(
            query(Format::form(true), &Value::Null),
            "",
            "null is no pair"
        );
    }

    #[test]
    fn each_item_is_escaped_on_its_own_and_delimiters_stay_literal() {
        let value = json!(["a,b", "c/d?e#f", "g h", "é"]);
        assert_eq!(
            Format::simple(false).text("id", &value, Escape::Url),
            "a%2Cb,c%2Fd%3Fe%23f,g%20h,%C3%A9"
        );
        assert_eq!(
            query(Format::pipe_delimited(false), &json!(["x|y", "z"])),
            "color=x%7Cy|z"
        );
        // Unreserved characters stay as they are.
        assert_eq!(Escape::Url.part("AZaz09-._~"), "AZaz09-._~");
    }

    #[test]
    fn form_bodies_write_spaces_as_plus_and_headers_stay_raw() {
        assert_eq!(Escape::Form.part("a b&c=d*"), "a+b%26c%3Dd*");
        assert_eq!(Escape::Form.part("~"), "%7E");
        assert_eq!(
            Format::simple(false).text("h", &json!(["a b", "c,d"]), Escape::Raw),
            "a b,c,d"
        );
        assert_eq!(cookie_component("a=b; c"), "a%3Db%3B%20c");
    }

    #[test]
    fn scalars_are_written_as_text() {
        assert_eq!(
            Format::form(true).items("n", &json!(1.5), Escape::Url),
            [("n".to_string(), "1.5".to_string())]
        );
        assert_eq!(
            Format::simple(false).text("b", &json!(true), Escape::Url),
            "true"
        );
        assert_eq!(
            Format::simple(false).text("a", &json!([1, null, "x"]), Escape::Url),
            "1,,x"
        );
        for empty in [json!(null), json!(""), json!([]), json!({})] {
            assert!(is_empty_value(&empty), "{empty}");
        }
        assert!(!is_empty_value(&json!(0)));
    }
}
