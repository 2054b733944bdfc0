//! rustfmt's layout rules (default configuration: `max_width` 100, `fn_call_width` 60,
//! `attr_fn_like_width` 70, four-space block indent) for the constructs generated code has
//! that can outgrow a line: calls, method chains, struct literals, function signatures,
//! attributes, fields, `let` statements and match arms. Templates pass each such construct
//! through these (the `call`, `layout`, `fn_sig`, `attr`, `derive`, `field`, `assign`,
//! `if_let` and `arm` functions), so their output is what rustfmt would print and generation
//! needs no formatter.
//! A test runs rustfmt over the output of every spec and asserts that it changes nothing.
//!
//! The texts laid out here are generated, so they are simple: calls whose arguments are
//! paths, literals, references and other calls; string literals never contain a line break.

/// rustfmt's `max_width`.
pub const MAX_WIDTH: usize = 100;
/// rustfmt's `fn_call_width`: the longest argument list a call keeps on one line.
const FN_CALL_WIDTH: usize = 60;
/// rustfmt's `attr_fn_like_width`: the longest argument list an attribute keeps on one line.
pub const ATTR_FN_LIKE_WIDTH: usize = 70;
/// rustfmt's `short_array_element_width_threshold`: simple arguments this short are packed
/// several to a line when a call's arguments go vertical.
const SHORT_ITEM: usize = 10;

fn pad(indent: usize) -> String {
    " ".repeat(indent)
}

/// Index past the string, char or lifetime starting at `i` (at its opening quote).
fn skip_quoted(bytes: &[u8], i: usize) -> usize {
    let quote = bytes.get(i).copied().unwrap_or(b'"');
    if quote == b'\'' {
        // A char literal (`'x'`, `'\t'`) or a lifetime (`'a`).
        return match (bytes.get(i + 1), bytes.get(i + 2)) {
            (Some(b'\\'), _) => bytes
                .iter()
                .skip(i + 3)
                .position(|&b| b == b'\'')
                .map_or(bytes.len(), |p| i + 4 + p),
            (Some(_), Some(b'\'')) => i + 3,
            _ => i + 1,
        };
    }
    let mut j = i + 1;
    while j < bytes.len() {
        match bytes.get(j) {
            Some(b'\\') => j += 2,
            Some(b'"') => return j + 1,
            _ => j += 1,
        }
    }
    bytes.len()
}

/// A byte of an expression outside its string and char literals, as [`scan`] yields it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Token {
    /// Its index in the text.
    at: usize,
    byte: u8,
    role: Role,
    /// The brackets around it: a bracket itself is counted outside its own pair, so a
    /// top-level `(` and its `)` are at 0 and what they enclose at 1.
    depth: usize,
}

/// What a byte does to the bracket depth.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Other,
}

/// The bytes of `text` outside string and char literals (skipped whole), with their bracket
/// depth: `(`, `[` and `{` nest; with `angles`, so do `<` and `>` inside another bracket (a
/// top-level one is a comparison or a callee's generics, `->` never closes). A closing
/// bracket without an opening one yields `None` and ends the scan, so callers can `?` it.
fn scan(text: &str, angles: bool) -> impl Iterator<Item = Option<Token>> + '_ {
    let bytes = text.as_bytes();
    let (mut i, mut depth) = (0, 0usize);
    std::iter::from_fn(move || {
        let mut byte = *bytes.get(i)?;
        while byte == b'"' || byte == b'\'' {
            i = skip_quoted(bytes, i);
            byte = *bytes.get(i)?;
        }
        let at = i;
        i += 1;
        let angle = angles && depth > 0;
        let role = match byte {
            b'(' | b'[' | b'{' => Role::Open,
            b'<' if angle => Role::Open,
            b')' | b']' | b'}' => Role::Close,
            b'>' if angle && at.checked_sub(1).and_then(|p| bytes.get(p)) != Some(&b'-') => {
                Role::Close
            }
            _ => Role::Other,
        };
        let before = depth;
        match role {
            Role::Open => depth += 1,
            Role::Close => {
                let Some(outside) = depth.checked_sub(1) else {
                    i = bytes.len();
                    return Some(None);
                };
                depth = outside;
            }
            Role::Other => {}
        }
        Some(Some(Token {
            at,
            byte,
            role,
            // A bracket is outside its own pair: the lesser of the depths before and after.
            depth: before.min(depth),
        }))
    })
}

/// `callee(args)`: the callee and the top-level arguments, when `text` is one call (or a
/// tuple-struct/variant constructor) ending with its `)`.
fn split_call(text: &str) -> Option<(&str, Vec<&str>)> {
    let (open_byte, array) = if text.ends_with(')') {
        (b'(', false)
    } else if text.ends_with(']') && (text.starts_with('[') || text.starts_with("&[")) {
        (b'[', true)
    } else {
        return None;
    };
    let mut open = None;
    let mut commas = Vec::new();
    for token in scan(text, true) {
        let t = token?;
        match t.role {
            Role::Open if t.depth == 0 && t.byte == open_byte && open.is_none() => {
                open = Some(t.at);
            }
            // The first group closes before the end: `a(b).c(d)` is a chain.
            Role::Close if t.depth == 0 && t.at + 1 != text.len() && open.is_some() => {
                return None;
            }
            Role::Other if t.byte == b',' && t.depth == 1 => commas.push(t.at),
            _ => {}
        }
    }
    let open = open?;
    let callee = text.get(..open)?;
    let named = !callee.is_empty()
        && callee.ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '>');
    if !(named || array) {
        return None;
    }
    let mut args = Vec::new();
    let mut from = open + 1;
    for c in commas {
        args.push(text.get(from..c)?.trim());
        from = c + 1;
    }
    let last = text.get(from..text.len() - 1)?.trim();
    if !last.is_empty() {
        args.push(last);
    }
    Some((callee, args))
}

/// rustfmt's `chain_width`: the longest method chain kept on one line.
const CHAIN_WIDTH: usize = 60;

/// `receiver.a(x).b(y)`: the receiver and each `.call(..)`, when `text` is a chain of two
/// or more method calls on a plain receiver (`self`, a name or a field path).
fn chain(text: &str) -> Option<Vec<&str>> {
    let mut cuts = Vec::new();
    for token in scan(text, false) {
        let t = token?;
        if t.byte == b'.' && t.depth == 0 && text.get(..t.at).is_some_and(|s| s.ends_with(')')) {
            cuts.push(t.at);
        }
    }
    if cuts.is_empty() || !text.ends_with(')') {
        return None;
    }
    // The receiver and its first call: `self.a(x)`, split at that call's dot.
    let head = text.get(..*cuts.first()?)?;
    let dot = head
        .find('(')
        .and_then(|open| head.get(..open)?.rfind('.'))?;
    if !head
        .get(..dot)?
        .chars()
        .all(|c| c.is_alphanumeric() || c == '_' || c == '.')
    {
        return None;
    }
    let mut links = vec![text.get(..dot)?];
    let mut from = dot;
    for cut in cuts {
        links.push(text.get(from..cut)?);
        from = cut;
    }
    links.push(text.get(from..)?);
    Some(links)
}

/// rustfmt's `struct_lit_width`: the longest field list a struct literal keeps on one line.
const STRUCT_LIT_WIDTH: usize = 18;

/// `Path { a, b: c }`: the path and the fields, when `text` is one struct literal.
fn split_struct(text: &str) -> Option<(&str, Vec<&str>)> {
    let body = text.strip_suffix(" }")?;
    let open = body.find(" { ")?;
    let path = text.get(..open)?;
    if path.is_empty()
        || !path
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == ':')
    {
        return None;
    }
    let fields = body.get(open + 3..)?;
    let mut out = Vec::new();
    let mut from = 0;
    for token in scan(fields, false) {
        let t = token?;
        if t.byte == b',' && t.depth == 0 {
            out.push(fields.get(from..t.at)?.trim());
            from = t.at + 1;
        }
    }
    let last = fields.get(from..)?.trim();
    if !last.is_empty() {
        out.push(last);
    }
    Some((path, out))
}

/// Whether rustfmt lets `arg`, the only argument of a call, overflow: a call on a path
/// (not a method call, which is a chain) or a struct literal.
fn overflowable(arg: &str) -> bool {
    split_struct(arg).is_some()
        || split_call(arg)
            .is_some_and(|(callee, _)| !callee.contains('.') && !callee.is_empty() && callee != "&")
}

/// The calls inside a callee (`a.b(c).d`): rare in generated code; checked the same way.
fn calls_fit_in_callee(callee: &str) -> bool {
    callee
        .find('(')
        .is_none_or(|_| callee.len() <= FN_CALL_WIDTH)
}

/// rustfmt's "simple" expressions (literals, single names, `self.field`, references and `?`
/// of those): the ones it packs several to a line.
fn is_simple(arg: &str) -> bool {
    let arg = arg.trim_start_matches('&').trim_end_matches('?');
    let literal = arg.starts_with('"')
        || arg.starts_with('\'')
        || arg.starts_with(|c: char| c.is_ascii_digit());
    literal
        || (!arg.is_empty()
            && !arg.contains("::")
            && arg.split('.').all(|part| {
                !part.is_empty() && part.chars().all(|c| c.is_alphanumeric() || c == '_')
            }))
}

/// Lay out the expression `text` as rustfmt would, starting `used` columns into a line
/// whose statement is indented by `indent`, followed by `tail` (`;`, `,`, `)` …). The first
/// line is returned without its indentation, the others with it.
pub fn expr(text: &str, indent: usize, used: usize, tail: &str) -> String {
    lay(text, indent, used, MAX_WIDTH, tail).unwrap_or_else(|| format!("{text}{tail}"))
}

/// A method chain (see [`chain`]) laid out as rustfmt does: on one line within
/// `chain_width`, otherwise each call on its own line, the first joined to a receiver no
/// wider than an indent.
fn lay_chain(
    links: &[&str],
    text: &str,
    indent: usize,
    used: usize,
    room: usize,
    tail: &str,
) -> Option<String> {
    if text.len() <= CHAIN_WIDTH.min(room) {
        return Some(format!("{text}{tail}"));
    }
    let (root, calls) = links.split_first()?;
    let mut out = String::new();
    let mut rest = calls;
    if root.len() <= 4 {
        let (first, others) = calls.split_first()?;
        out.push_str(&expr(&format!("{root}{first}"), indent, used, ""));
        rest = others;
    } else {
        out.push_str(root);
    }
    for (i, link) in rest.iter().enumerate() {
        let end = if i + 1 == rest.len() { tail } else { "" };
        out.push('\n');
        out.push_str(&pad(indent + 4));
        out.push_str(&expr(link, indent + 4, indent + 4, end));
    }
    Some(out)
}

/// [`expr`] within `budget` columns for the text from `used` on (rustfmt's shape width: a
/// call's only argument, when it is itself a call, gets at most `fn_call_width`); `None`
/// when even its first line does not fit.
fn lay(text: &str, indent: usize, used: usize, budget: usize, tail: &str) -> Option<String> {
    let room = budget.min(MAX_WIDTH.saturating_sub(used + tail.len()));
    let first_room = budget.min(MAX_WIDTH.saturating_sub(used));
    if let Some((path, fields)) = split_struct(text) {
        if text.len() <= room
            && fields.join(", ").len() <= STRUCT_LIT_WIDTH
            && fields.iter().all(|f| one_line(f))
        {
            return Some(format!("{text}{tail}"));
        }
        if path.len() + 2 > first_room {
            return None;
        }
        let mut out = format!("{path} {{\n");
        for field in fields {
            out.push_str(&pad(indent + 4));
            // `name: value`: the value laid out after its name.
            match field.split_once(": ") {
                Some((name, value)) if is_ident(name) => {
                    out.push_str(name);
                    out.push_str(": ");
                    out.push_str(&expr(value, indent + 4, indent + 6 + name.len(), ","));
                }
                _ => out.push_str(&expr(field, indent + 4, indent + 4, ",")),
            }
            out.push('\n');
        }
        out.push_str(&format!("{}}}{tail}", pad(indent)));
        return Some(out);
    }
    let Some((callee, args)) = split_call(text) else {
        // `split_call` leaves chains (`a(b).c(d)`) to `chain`.
        if let Some(links) = chain(text) {
            return lay_chain(&links, text, indent, used, room, tail);
        }
        // A path, literal or field: it does not break.
        return (text.len() <= room || budget >= MAX_WIDTH).then(|| format!("{text}{tail}"));
    };
    let (open, close) = if text.ends_with(']') {
        ('[', ']')
    } else {
        ('(', ')')
    };
    let head = format!("{callee}{open}");
    if head.len() > first_room || !calls_fit_in_callee(callee) {
        return None;
    }
    // What the arguments have on this line, between the brackets.
    let after = room.saturating_sub(head.len() + 1);
    if let [only] = args.as_slice() {
        // An argument that can overflow keeps the line and breaks inside when its first
        // line fits within `fn_call_width`; a call gets only that width to do so.
        if overflowable(only) {
            let inner_budget = if nested_call(only) {
                after.min(FN_CALL_WIDTH)
            } else {
                after
            };
            let closing = format!("{close}{tail}");
            if let Some(inner) = lay(only, indent, used + head.len(), inner_budget, &closing) {
                let first = inner.lines().next().unwrap_or("");
                if !inner.contains('\n') || first.len() <= FN_CALL_WIDTH.min(after) {
                    return Some(format!("{head}{inner}"));
                }
            }
        }
        // Otherwise a lone argument stays on the line whenever it fits there whole.
        if only.len() <= after && one_line(only) {
            return Some(format!("{text}{tail}"));
        }
    } else if args.join(", ").len() <= FN_CALL_WIDTH.min(after) && args.iter().all(|a| one_line(a))
    {
        return Some(format!("{text}{tail}"));
    }
    let inner = indent + 4;
    let mut out = head;
    out.push('\n');
    let short = args.iter().all(|a| is_simple(a) && a.len() <= SHORT_ITEM);
    if short && args.len() > 1 {
        out.push_str(&pack(&args, inner));
    } else {
        for arg in &args {
            out.push_str(&pad(inner));
            out.push_str(&expr(arg, inner, inner, ","));
            out.push('\n');
        }
    }
    out.push_str(&pad(indent));
    out.push(close);
    out.push_str(tail);
    Some(out)
}

/// `items` packed as rustfmt packs short call arguments and derives: lines at `indent`, as
/// many items to a line as fit within `max_width`, each item followed by a comma and each
/// line by a line break.
fn pack<S: AsRef<str>>(items: &[S], indent: usize) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for item in items {
        let piece = format!("{},", item.as_ref());
        if !line.is_empty() && indent + line.len() + 1 + piece.len() > MAX_WIDTH {
            out.push_str(&format!("{}{line}\n", pad(indent)));
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&piece);
    }
    out.push_str(&format!("{}{line}\n", pad(indent)));
    out
}

fn is_ident(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| c.is_alphanumeric() || c == '_')
}

/// Whether rustfmt keeps `text` on one line when there is room for it: laid out on a line
/// of its own, it does not break.
fn one_line(text: &str) -> bool {
    lay(text, 4, 4, MAX_WIDTH, ",").is_some_and(|l| !l.contains('\n'))
}

/// rustfmt's "nested call": a call (not a method call), or a reference, `?` or negation
/// of one. Its budget as a call's only argument is `fn_call_width`.
fn nested_call(arg: &str) -> bool {
    let inner = arg.trim_start_matches('&').trim_end_matches('?');
    split_call(inner).is_some_and(|(callee, _)| {
        !callee.is_empty() && !callee.contains('.') && !inner.starts_with('[')
    })
}

/// A generic type (`Result<A, B>`) that does not fit, broken as rustfmt breaks it: one
/// argument per line, `>` on a line of its own. `used` and `tail` as in [`expr`].
fn ty(text: &str, indent: usize, used: usize, tail: &str) -> String {
    if used + text.len() + tail.len() <= MAX_WIDTH {
        return format!("{text}{tail}");
    }
    let (Some(open), true) = (text.find('<'), text.ends_with('>')) else {
        return format!("{text}{tail}");
    };
    let inner_text = text.get(open + 1..text.len() - 1).unwrap_or("");
    let mut args = Vec::new();
    let mut depth = 0usize;
    let mut from = 0;
    for (i, c) in inner_text.char_indices() {
        match c {
            '<' | '(' | '[' => depth += 1,
            '>' | ')' | ']' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                args.push(inner_text.get(from..i).unwrap_or("").trim());
                from = i + 1;
            }
            _ => {}
        }
    }
    args.push(inner_text.get(from..).unwrap_or("").trim());
    let mut out = format!("{}\n", text.get(..=open).unwrap_or(""));
    for arg in args {
        out.push_str(&pad(indent + 4));
        out.push_str(&ty(arg, indent + 4, indent + 4, ","));
        out.push('\n');
    }
    out.push_str(&pad(indent));
    out.push('>');
    out.push_str(tail);
    out
}

/// `name: Type,` (a struct field) at `indent`: on one line when it fits; else the type on
/// the next line when it fits there; else the type broken.
pub fn field(name: &str, ty_text: &str, indent: usize, tail: &str) -> String {
    let used = indent + name.len() + 2;
    if used + ty_text.len() + tail.len() <= MAX_WIDTH {
        return format!("{name}: {ty_text}{tail}");
    }
    if indent + 4 + ty_text.len() + tail.len() <= MAX_WIDTH {
        return format!("{name}:\n{}{ty_text}{tail}", pad(indent + 4));
    }
    format!("{name}: {}", ty(ty_text, indent, used, tail))
}

/// A function signature, `head(params) -> ret {`, at `indent`: on one line when it fits,
/// else one parameter per line; a return type that still does not fit moves the `{` to a
/// line of its own, or breaks.
pub fn sig(head: &str, params: &[String], ret: Option<&str>, indent: usize) -> String {
    let arrow = ret.map(|r| format!(" -> {r}")).unwrap_or_default();
    let one = format!("{head}({}){arrow} {{", params.join(", "));
    if indent + one.len() <= MAX_WIDTH {
        return one;
    }
    let mut out = format!("{head}(\n");
    for p in params {
        out.push_str(&pad(indent + 4));
        // A parameter too long for its line breaks its type's generic arguments.
        match p.split_once(": ") {
            Some((name, t))
                if indent + 4 + p.len() + 1 > MAX_WIDTH
                    && t.find('<').is_some_and(|at| !t[at + 1..].contains('<')) =>
            {
                out.push_str(&format!(
                    "{name}: {}\n",
                    ty(t, indent + 4, indent + 6 + name.len(), ",")
                ));
            }
            _ => out.push_str(&format!("{p},\n")),
        }
    }
    out.push_str(&pad(indent));
    out.push(')');
    match ret {
        None => out.push_str(" {"),
        Some(r) => {
            // `) -> R` as rustfmt budgets it (measured): the brace stays on the line while
            // the line is within the width less the indent; the type stays whole up to two
            // columns past the width (the brace then on a line of its own); past that it breaks.
            // An `impl A + B` type is budgeted by its first bound, the others follow it.
            let line = indent + ") -> ".len() + r.len();
            let (first, bounds) = match r.find(" + ") {
                Some(at) => r.split_at(at),
                None => (r, ""),
            };
            if line + 2 + indent <= MAX_WIDTH {
                out.push_str(&format!(" -> {r} {{"));
            } else if (bounds.is_empty() && line <= MAX_WIDTH + 2)
                || (!bounds.is_empty() && line - bounds.len() <= MAX_WIDTH)
            {
                out.push_str(&format!(" -> {r}\n{}{{", pad(indent)));
            } else if !bounds.is_empty() && line - bounds.len() <= MAX_WIDTH + 3 {
                // The other bounds go to the next line, two columns into the type.
                let rest = bounds.trim_start();
                out.push_str(&format!(" -> {first}\n{}{rest} {{", pad(indent + 7)));
            } else {
                out.push_str(" -> ");
                out.push_str(&ty(
                    first,
                    indent,
                    indent + ") -> ".len(),
                    &format!("{bounds} {{"),
                ));
            }
        }
    }
    out
}

/// An attribute `#[name(items)]` at `indent`: on one line when it fits, else one item per
/// line (attributes take no trailing comma).
pub fn attr(name: &str, items: &[String], indent: usize) -> String {
    let joined = items.join(", ");
    let one = format!("#[{name}({joined})]");
    if indent + one.len() <= MAX_WIDTH && joined.len() <= ATTR_FN_LIKE_WIDTH {
        return one;
    }
    let body = items
        .iter()
        .map(|i| format!("{}{i}", pad(indent + 4)))
        .collect::<Vec<_>>()
        .join(",\n");
    format!("#[{name}(\n{body}\n{})]", pad(indent))
}

/// `lhs = rhs;` (a `let` or an assignment) at `indent`: on one line when it fits; else the
/// value on the next line when it fits there; else the value laid out after the `=`.
pub fn assign(lhs: &str, rhs: &str, indent: usize) -> String {
    let same = expr(rhs, indent, indent + lhs.len() + 3, ";");
    if !same.contains('\n') && indent + lhs.len() + 3 + same.len() <= MAX_WIDTH {
        return format!("{lhs} = {same}");
    }
    let next = expr(rhs, indent + 4, indent + 4, ";");
    if !next.contains('\n') {
        return format!("{lhs} =\n{}{next}", pad(indent + 4));
    }
    format!("{lhs} = {same}")
}

/// A match arm `pat => body,` at `indent`: on one line when it fits; else the body in a
/// block on the next line when it fits there; else the body broken after the `=>`.
pub fn arm(pat: &str, body: &str, indent: usize) -> String {
    let used = indent + pat.len() + 4;
    let same = expr(body, indent, used, ",");
    if !same.contains('\n') && used + same.len() <= MAX_WIDTH {
        return format!("{pat} => {same}");
    }
    let block = expr(body, indent + 4, indent + 4, "");
    if !block.contains('\n') && indent + 4 + block.len() <= MAX_WIDTH {
        return format!("{pat} => {{\n{}{block}\n{}}}", pad(indent + 4), pad(indent));
    }
    format!("{pat} => {same}")
}

/// `if let pat = rhs {` at `indent`: on one line when it fits; else the brace on a line of
/// its own when the rest fits; else the value on the next line, the brace after it.
pub fn if_let(pat: &str, rhs: &str, indent: usize) -> String {
    let line = format!("if let {pat} = {rhs}");
    if indent + line.len() + 2 <= MAX_WIDTH {
        return format!("{line} {{");
    }
    if indent + line.len() <= MAX_WIDTH {
        return format!("{line}\n{}{{", pad(indent));
    }
    format!(
        "if let {pat} =\n{}{}\n{}{{",
        pad(indent + 4),
        expr(rhs, indent + 4, indent + 4, ""),
        pad(indent)
    )
}

/// `#[derive(..)]` at `indent`: on one line when it fits, else packed (as many per line as
/// fit, each followed by a comma).
pub fn derive(items: &[String], indent: usize) -> String {
    let one = format!("#[derive({})]", items.join(", "));
    if indent + one.len() <= MAX_WIDTH {
        return one;
    }
    format!("#[derive(\n{}{})]", pack(items, indent + 4), pad(indent))
}

/// Registers the layout functions for templates: `call(text, indent, tail)` (a statement or
/// argument starting at `indent`), `layout(text, indent, used, tail)`, `fn_sig(head, params,
/// ret, indent)`, `field(name, ty, indent, tail)`, `attr(name, items, indent)`, `derive(items, indent)`,
/// `assign(lhs, rhs, indent)`, `if_let(pat, rhs, indent)` and `arm(pat, body, indent)`.
pub fn register(env: &mut minijinja::Environment<'_>) {
    env.add_function("call", |text: String, indent: usize, tail: String| {
        expr(&text, indent, indent, &tail)
    });
    env.add_function(
        "layout",
        |text: String, indent: usize, used: usize, tail: String| expr(&text, indent, used, &tail),
    );
    env.add_function(
        "fn_sig",
        |head: String, params: Vec<String>, ret: Option<String>, indent: usize| {
            sig(&head, &params, ret.as_deref(), indent)
        },
    );
    env.add_function("attr", |name: String, items: Vec<String>, indent: usize| {
        attr(&name, &items, indent)
    });
    env.add_function(
        "field",
        |name: String, ty: String, indent: usize, tail: String| field(&name, &ty, indent, &tail),
    );
    env.add_function("derive", |items: Vec<String>, indent: usize| {
        derive(&items, indent)
    });
    env.add_function("assign", |lhs: String, rhs: String, indent: usize| {
        assign(&lhs, &rhs, indent)
    });
    env.add_function("if_let", |pat: String, rhs: String, indent: usize| {
        if_let(&pat, &rhs, indent)
    });
    env.add_function("arm", |pat: String, body: String, indent: usize| {
        arm(&pat, &body, indent)
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The depth of each byte of `text` that `scan` yields, as a string of digits (`None`
    /// when a bracket does not match); skipped literals leave no digits.
    fn depths(text: &str, angles: bool) -> Option<String> {
        scan(text, angles)
            .map(|t| t.map(|t| char::from(b'0' + t.depth as u8)))
            .collect()
    }

    #[test]
    fn scan_skips_literals_and_counts_brackets_outside_their_pair() {
        assert_eq!(depths("a(b[c])", false).as_deref(), Some("0011210"));
        // Literals (with escapes and brackets inside) are skipped whole; of a lifetime only
        // its quote is.
        assert_eq!(
            depths(r#"f("(\"", ')', x)"#, false).as_deref(),
            Some("00111110")
        );
        assert_eq!(depths("f(&'a x)", false).as_deref(), Some("0011110"));
        // Angles nest only inside another bracket, and `->` does not close one.
        assert_eq!(depths("a<b>(c<d>)", true).as_deref(), Some("0000011210"));
        assert_eq!(depths("a<b>(c<d>)", false).as_deref(), Some("0000011110"));
        assert_eq!(depths("(a<b->c>)", true).as_deref(), Some("011222210"));
        // A closing bracket without an opening one ends the scan with `None`.
        assert_eq!(depths("a)(", false), None);
        assert_eq!(scan("a)(", false).count(), 2);
        let roles: Vec<Role> = scan("(x)", false).map(|t| t.unwrap().role).collect();
        assert_eq!(roles, [Role::Open, Role::Other, Role::Close]);
    }

    #[test]
    fn calls_split_at_top_level_commas() {
        assert_eq!(
            split_call("a.b(\"x, y\", c(d, e), &f)"),
            Some(("a.b", vec!["\"x, y\"", "c(d, e)", "&f"]))
        );
        assert_eq!(split_call("a(b).c(d)"), None);
        assert_eq!(split_call("a::<B<C>>(d)"), Some(("a::<B<C>>", vec!["d"])));
        // Generic arguments inside the call are one argument; `->` closes no bracket.
        assert_eq!(
            split_call("f(g::<A, B>(c), |x| -> (D, E) { x })"),
            Some(("f", vec!["g::<A, B>(c)", "|x| -> (D, E) { x }"]))
        );
        assert_eq!(split_call("x"), None);
    }

    #[test]
    fn long_calls_break_as_rustfmt_breaks_them() {
        let query = "request.query(\"ConnectUsername\", &self.connect_username, crate::runtime::Format::form(false))";
        assert_eq!(
            expr(query, 8, 8, ";"),
            "request.query(\n            \"ConnectUsername\",\n            &self.connect_username,\n            crate::runtime::Format::form(false),\n        );"
        );
        let nested = "self.credential(\"jwt\", crate::runtime::Credential::token_source(crate::runtime::JwtSigner::new(key_id, secret, scope)))";
        assert_eq!(
            expr(nested, 8, 8, ""),
            "self.credential(\n            \"jwt\",\n            crate::runtime::Credential::token_source(crate::runtime::JwtSigner::new(\n                key_id, secret, scope,\n            )),\n        )"
        );
    }

    /// rustfmt's outputs for these, as measured.
    #[test]
    fn method_chains_past_chain_width_put_each_call_on_its_own_line() {
        let info = "self.auth_param(\"Client\", client).auth_param(\"Device\", device).auth_param(\"Version\", version)";
        assert_eq!(
            expr(info, 8, 8, ""),
            "self.auth_param(\"Client\", client)\n            .auth_param(\"Device\", device)\n            .auth_param(\"Version\", version)"
        );
        // Within chain_width it stays whole; a call on a path is not a chain.
        assert_eq!(expr("self.a(b).c(d)", 8, 8, ";"), "self.a(b).c(d);");
        assert_eq!(chain("Foo::new(x).bar(y)"), None);
        assert_eq!(chain("self.credential(\"a\", b)"), None);
    }

    /// rustfmt's outputs for these, as measured.
    #[test]
    fn a_lone_call_argument_gets_fn_call_width() {
        // Its head fits in 60 columns: it overflows (breaks inside) though the line fits.
        assert_eq!(
            expr("raw.api_error(GetBlocksHashOrNumberPreviousError::InternalServerError(body))", 16, 16, ""),
            "raw.api_error(GetBlocksHashOrNumberPreviousError::InternalServerError(\n                    body,\n                ))"
        );
        // Its head does not: the call stays on the line whole, as it fits there.
        let long =
            "raw.api_error(GetBlocksEpochEpochNumberSlotSlotNumberError::TooManyRequests(body))";
        assert_eq!(expr(long, 16, 16, ""), long);
        // Nor does the line: the argument goes on a line of its own.
        assert_eq!(
            expr("raw.api_error(GetBlocksEpochEpochNumberSlotSlotNumberError::InternalServerError(body))", 16, 16, ""),
            "raw.api_error(\n                    GetBlocksEpochEpochNumberSlotSlotNumberError::InternalServerError(body),\n                )"
        );
    }

    #[test]
    fn impl_trait_return_types_wrap_their_bounds_then_their_arguments() {
        let ret = |error: &str| {
            format!(
                "impl crate::runtime::Stream<Item = Result<types::Message, Error<{error}>>> + Send"
            )
        };
        let sig_of = |error: &str| sig("pub fn items", &["self".to_string()], Some(&ret(error)), 4);
        // 103 columns with the bounds: the type stays whole, the brace on its own line.
        assert!(sig_of(&"Y".repeat(20)).ends_with("+ Send\n    {"));
        // The first bound within 103 columns: the others on the next line.
        assert!(sig_of(&"Y".repeat(27)).ends_with(">>>\n           + Send {"));
        // Past that the generic arguments break.
        let broken = format!(
            "Stream<\n        Item = Result<types::Message, Error<{}>>,\n    > + Send {{",
            "Y".repeat(28)
        );
        assert!(sig_of(&"Y".repeat(28)).ends_with(&broken));
    }

    #[test]
    fn if_let_heads_move_the_brace_then_the_value() {
        assert_eq!(if_let("Ok(v)", "f(x)", 8), "if let Ok(v) = f(x) {");
        let rhs = "serde_json::from_value::<Box<ErrorSpecVersionNotfound>>(value.clone())";
        assert_eq!(
            if_let("Ok(variant)", rhs, 8),
            format!("if let Ok(variant) = {rhs}\n        {{")
        );
        let rhs = "serde_json::from_value::<Box<BookingPaymentSourceVariant0>>(value.clone())";
        assert_eq!(
            if_let("Ok(variant)", rhs, 8),
            format!("if let Ok(variant) =\n            {rhs}\n        {{")
        );
    }
}
