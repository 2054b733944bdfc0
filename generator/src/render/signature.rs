//! An operation's Rust signature: the `Client` method, its arguments, the request
//! builder's setters and what `.await` returns. Computed once, here, from the IR; the
//! templates (the method, the builder, the docs) and `clientgen diff` all read it.

use serde::Serialize;

use super::rust::rust_type;
use crate::ir::{BodyKind, Operation, Success, Ty, TypeNames};

/// What a caller writes for one operation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Signature {
    /// The `Client` method (snake-cased `operationId`).
    pub ident: String,
    /// The method borrows its arguments for the builder's lifetime (a JSON or form body
    /// is taken by reference): `fn name<'a>(&'a self, …) -> Builder<'a>`.
    pub borrows: bool,
    /// Every input, in the request builder's field order: parameters as the spec lists
    /// them, then the body (or a multipart body's parts). Required ones are the method's
    /// arguments after `&self`, in this order; optional ones are the builder's setters.
    pub inputs: Vec<Arg>,
    /// The request builder the method returns.
    pub builder: String,
    /// The success value: `ResponseValue<output>`.
    pub output: String,
    /// The error enum: `Error<error>`.
    pub error: String,
}

/// One input: a method argument or a setter, and the builder field it fills.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Arg {
    pub ident: String,
    pub input: Input,
    /// A method argument (else a setter, and the field is an `Option`).
    pub required: bool,
    /// The setter's doc: the spec's description, else what the input is.
    pub doc: String,
    pub deprecated: bool,
    /// What the argument takes (`impl Into<String>`, `i64`, `types::User`), behind `&`
    /// when `by_ref`.
    pub ty: String,
    pub by_ref: bool,
    /// The builder field's type (without `Option` for setters, without `&'a` when `by_ref`).
    pub field_ty: String,
    /// The field is `value.into()` of the argument (else the argument itself).
    pub into: bool,
    /// A type a caller's value can have (docs examples): the field's, or `String` and
    /// `Vec<u8>` for text and binary bodies.
    pub value_ty: String,
}

/// What an input fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Input {
    Param,
    /// A multipart body's part.
    Part,
    Body,
}

impl Arg {
    /// As the argument reads in text: `&types::User`, `impl Into<String>`.
    pub fn text(&self) -> String {
        format!("{}{}", if self.by_ref { "&" } else { "" }, self.ty)
    }
}

/// A parameter's or part's input: strings are taken as `impl Into<String>`.
fn value_arg(
    names: &(impl TypeNames + ?Sized),
    ident: &str,
    input: Input,
    ty: &Ty,
    required: bool,
    doc: String,
) -> Arg {
    let field_ty = rust_type(ty, names, "types::");
    let into = *ty == crate::ir::Ty::Scalar(crate::ir::Scalar::String);
    Arg {
        ident: ident.to_string(),
        input,
        required,
        doc,
        deprecated: false,
        ty: if into {
            "impl Into<String>".into()
        } else {
            field_ty.clone()
        },
        by_ref: false,
        value_ty: field_ty.clone(),
        field_ty,
        into,
    }
}

/// The operation's signature; `names` resolves the generated types it names (the API's
/// type table).
pub fn signature(op: &Operation, names: &(impl TypeNames + ?Sized)) -> Signature {
    let mut inputs = Vec::new();
    for p in &op.params {
        let doc = p
            .description
            .clone()
            .unwrap_or_else(|| format!("The `{}` {} parameter.", p.name, p.location));
        let mut arg = value_arg(names, &p.ident, Input::Param, &p.ty, p.required, doc);
        arg.deprecated = p.deprecated;
        inputs.push(arg);
    }
    let mut borrows = false;
    if let Some(body) = &op.body {
        let whole = |ty: String, by_ref: bool, field_ty: &str, into: bool, value_ty: &str| Arg {
            ident: "body".into(),
            input: Input::Body,
            required: body.required,
            doc: body
                .description
                .clone()
                .unwrap_or_else(|| "The request body.".into()),
            deprecated: false,
            ty,
            by_ref,
            field_ty: field_ty.into(),
            into,
            value_ty: value_ty.into(),
        };
        let arg = match &body.kind {
            BodyKind::Multipart { fields } => {
                for f in fields {
                    let doc = f
                        .description
                        .clone()
                        .unwrap_or_else(|| format!("The `{}` form field.", f.name));
                    inputs.push(value_arg(
                        names,
                        &f.ident,
                        Input::Part,
                        &f.ty,
                        f.required,
                        doc,
                    ));
                }
                None
            }
            BodyKind::Json { ty } | BodyKind::Form { ty, .. } => {
                borrows = true;
                let t = rust_type(ty, names, "types::");
                Some(whole(t.clone(), true, &t, false, &t))
            }
            BodyKind::Text => Some(whole(
                "impl Into<String>".into(),
                false,
                "String",
                true,
                "String",
            )),
            BodyKind::Bytes => Some(whole(
                "impl Into<crate::runtime::UploadBody>".into(),
                false,
                "crate::runtime::UploadBody",
                true,
                "Vec<u8>",
            )),
        };
        inputs.extend(arg);
    }
    let output = match &op.success {
        Success::One { ty } => rust_type(ty, names, "types::"),
        Success::Optional { ty } => format!("Option<{}>", rust_type(ty, names, "types::")),
        Success::Enum { name, .. } => name.clone(),
    };
    Signature {
        ident: op.ident.clone(),
        borrows,
        inputs,
        builder: op.builder_type.clone(),
        output,
        error: op.error_type.clone(),
    }
}

impl Signature {
    /// The method's arguments after `&self`.
    pub fn args(&self) -> impl Iterator<Item = &Arg> {
        self.inputs.iter().filter(|a| a.required)
    }

    /// The builder's setters.
    pub fn setters(&self) -> impl Iterator<Item = &Arg> {
        self.inputs.iter().filter(|a| !a.required)
    }

    /// One line: the method, its setters in brackets, and what `.await` gives
    /// (`fn get_user(&self, id: i64) -> GetUser [.fields(Vec<String>)] => Result<…>`).
    pub fn text(&self) -> String {
        let mut args = vec!["&self".to_string()];
        args.extend(self.args().map(|a| format!("{}: {}", a.ident, a.text())));
        let setters: Vec<String> = self
            .setters()
            .map(|a| format!(".{}({})", a.ident, a.text()))
            .collect();
        let setters = if setters.is_empty() {
            String::new()
        } else {
            format!(" [{}]", setters.join(" "))
        };
        format!(
            "fn {}({}) -> {}{setters} => {}",
            self.ident,
            args.join(", "),
            self.builder,
            self.result()
        )
    }

    /// What sending the request gives: `Result<ResponseValue<T>, Error<E>>`.
    pub fn result(&self) -> String {
        format!(
            "Result<ResponseValue<{}>, Error<{}>>",
            self.output, self.error
        )
    }
}
