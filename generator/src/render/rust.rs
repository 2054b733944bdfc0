//! Rust text for the IR's types: the one place a [`Ty`] becomes the path a caller writes.

use crate::ir::{Scalar, Ty};

/// The Rust type for `ty`; `prefix` qualifies generated types (`types::` from the module
/// root, empty inside the types module).
pub fn rust_type(ty: &Ty, prefix: &str) -> String {
    match ty {
        Ty::Named(n) => format!("{prefix}{n}"),
        Ty::Scalar(s) => scalar(*s).to_string(),
        Ty::Vec(t) => format!("Vec<{}>", rust_type(t, prefix)),
        Ty::Map(t) => format!(
            "std::collections::BTreeMap<String, {}>",
            rust_type(t, prefix)
        ),
        Ty::Option(t) => format!("Option<{}>", rust_type(t, prefix)),
        Ty::Nullable(t) => format!("crate::runtime::Nullable<{}>", rust_type(t, prefix)),
        Ty::Box(t) => format!("Box<{}>", rust_type(t, prefix)),
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
/// `{{ f.ty | rust("") }}` (inside the types module), for a [`Ty`] or a [`Scalar`].
pub fn filter(value: minijinja::Value, prefix: Option<String>) -> Result<String, minijinja::Error> {
    let invalid = |e: serde_json::Error| {
        minijinja::Error::new(
            minijinja::ErrorKind::InvalidOperation,
            format!("`rust` expects a type from the IR: {e}"),
        )
    };
    let json = serde_json::to_value(&value).map_err(invalid)?;
    let ty: Ty = match serde_json::from_value::<Scalar>(json.clone()) {
        Ok(s) => Ty::Scalar(s),
        Err(_) => serde_json::from_value(json).map_err(invalid)?,
    };
    Ok(rust_type(&ty, prefix.as_deref().unwrap_or("types::")))
}
