//! Sharing operations' error enums. Descriptions document the same error responses for
//! many operations (GitHub's: 871 operations with error responses, 199 distinct sets of
//! them, 115 of those just `404` with a `basic-error`), and each operation's enum would
//! otherwise be a type of its own, with its own derived impls. Operations whose error
//! responses are identical share the enum of the first of them (in operation order); the
//! others' error types stay, as `pub type ReposDeleteError = ReposGetError;`, so code
//! naming (and matching on) any of them still compiles. An operation documenting no error
//! response gets an alias of the runtime's `NoDocumentedErrors`.
//!
//! Identical means everything the enum's definition shows: the same error responses in the
//! same order, each with the same status, variant, payload type, header struct and
//! description (the variant's doc).

use std::collections::BTreeMap;

use super::{Api, ErrorEnum, Status, Ty};

/// One error response as its enum variant shows it: status, variant, payload type,
/// header struct, description.
type Variant<'a> = (
    Status,
    Option<&'a str>,
    Option<&'a Ty>,
    Option<&'a str>,
    &'a str,
);

/// Decide how each operation's error type is defined ([`ErrorEnum`]): returns how many
/// became aliases of another operation's enum.
pub fn merge_error_enums(api: &mut Api) -> usize {
    // The first operation (index) with each set of error responses, and who shares it.
    let mut first: BTreeMap<Vec<Variant>, (usize, &str, &str)> = BTreeMap::new();
    let mut decided: Vec<ErrorEnum> = Vec::with_capacity(api.operations.len());
    let mut shared_by: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for (i, op) in api.operations.iter().enumerate() {
        let shape: Vec<Variant> = op
            .responses
            .iter()
            .filter(|r| !r.is_success)
            .map(|r| {
                (
                    r.status,
                    r.variant.as_deref(),
                    r.ty.as_ref(),
                    r.headers_type.as_deref(),
                    r.description.as_str(),
                )
            })
            .collect();
        if shape.is_empty() {
            decided.push(ErrorEnum::Undocumented);
            continue;
        }
        match first.get(&shape) {
            Some(&(owner, of, owner_ident)) => {
                shared_by.entry(owner).or_default().push(op.ident.clone());
                decided.push(ErrorEnum::Alias {
                    of: of.to_string(),
                    owner: owner_ident.to_string(),
                });
            }
            None => {
                first.insert(shape, (i, &op.error_type, &op.ident));
                decided.push(ErrorEnum::Enum {
                    shared_by: Vec::new(),
                });
            }
        }
    }
    let mut aliases = 0;
    for (i, (op, mut errors)) in api.operations.iter_mut().zip(decided).enumerate() {
        match &mut errors {
            ErrorEnum::Enum { shared_by: users } => {
                *users = shared_by.remove(&i).unwrap_or_default();
            }
            ErrorEnum::Alias { .. } => aliases += 1,
            ErrorEnum::Undocumented => {}
        }
        op.errors = errors;
    }
    aliases
}
