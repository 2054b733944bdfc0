//! Rust text for the IR's types: the one place a [`Ty`] becomes the path a caller writes.

use crate::ir::{Scalar, Ty, TypeNames};

/// The Rust type for `ty`; `names` names generated types (the API's type table), and
/// `prefix` qualifies them (`types::` from the module root, empty inside the types module).
pub fn rust_type(ty: &Ty, names: &(impl TypeNames + ?Sized), prefix: &str) -> String {
    match ty {
        Ty::Ref(id) => format!("{prefix}{}", names.type_name(*id)),
        Ty::Scalar(s) => scalar(*s).to_string(),
        Ty::Vec(t) => format!("Vec<{}>", rust_type(t, names, prefix)),
        Ty::Map(t) => format!(
            "std::collections::BTreeMap<String, {}>",
            rust_type(t, names, prefix)
        ),
        Ty::Option(t) => format!("Option<{}>", rust_type(t, names, prefix)),
        Ty::Nullable(t) => format!("crate::runtime::Nullable<{}>", rust_type(t, names, prefix)),
        Ty::Box(t) => format!("Box<{}>", rust_type(t, names, prefix)),
        Ty::Path(p) => p.clone(),
        Ty::Bytes => "Vec<u8>".to_string(),
        Ty::File => "crate::runtime::FilePart".to_string(),
        Ty::Unit => "()".to_string(),
    }
}

/// The Rust type of a scalar.
pub fn scalar(s: Scalar) -> &'static str {
    match s {
        Scalar::String => "String",
        Scalar::Bool => "bool",
        Scalar::I8 => "i8",
        Scalar::I16 => "i16",
        Scalar::I32 => "i32",
        Scalar::I64 => "i64",
        Scalar::I128 => "i128",
        Scalar::U8 => "u8",
        Scalar::U16 => "u16",
        Scalar::U32 => "u32",
        Scalar::U64 => "u64",
        Scalar::F32 => "f32",
        Scalar::F64 => "f64",
        Scalar::Number => "serde_json::Number",
        Scalar::Uuid => "uuid::Uuid",
        Scalar::DateTime => "crate::runtime::DateTime",
        Scalar::Date => "chrono::NaiveDate",
        Scalar::Any => "serde_json::Value",
    }
}

/// The `rust` template filter: `{{ p.ty | rust }}` (qualified with `types::`) or
/// `{{ f.ty | rust("") }}` (inside the types module), for a [`Ty`] or a [`Scalar`];
/// `names` are the type table's names of the API being rendered, by id.
pub fn filter(
    names: &[String],
    value: minijinja::Value,
    prefix: Option<String>,
) -> Result<String, minijinja::Error> {
    let invalid = |e: serde_json::Error| {
        minijinja::Error::new(
            minijinja::ErrorKind::InvalidOperation,
            format!("`rust` expects a type from the IR: {e}"),
        )
    };
    use serde::Deserialize as _;
    let json = serde_json::to_value(&value).map_err(invalid)?;
    // A scalar is a string (`"i64"`); so are the unit types (`"bytes"`), which it is tried
    // as next. Anything else is a type (`{"named": 3}`): read in place, as this filter runs
    // for every field and parameter.
    let scalar = json.is_string().then(|| Scalar::deserialize(&json).ok());
    let ty: Ty = match scalar.flatten() {
        Some(s) => Ty::Scalar(s),
        None => Ty::deserialize(&json).map_err(invalid)?,
    };
    Ok(rust_type(
        &ty,
        names,
        prefix.as_deref().unwrap_or("types::"),
    ))
}
