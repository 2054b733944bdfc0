//! [`JwtSigner`]: HS256 JWTs signed from a key id and secret (feature `jwt`, with hmac and
//! sha2), for bearer schemes whose `bearerFormat` is JWT.

use std::fmt;
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime};

use super::auth::EXPIRY_MARGIN;
use super::{BoxFuture, Secret, TokenSource};

/// Signs short-lived HS256 JWTs from a key id and secret (Smooch/Sunshine Conversations
/// style app or account keys), re-signing before they expire.
pub struct JwtSigner {
    key_id: String,
    secret: Secret,
    claims: serde_json::Map<String, serde_json::Value>,
    lifetime: Option<Duration>,
    cache: Mutex<Option<(Secret, Option<Instant>)>>,
}

impl JwtSigner {
    /// A signer whose tokens carry `{"scope": scope}`.
    pub fn new(key_id: impl Into<String>, secret: impl Into<String>, scope: &str) -> Self {
        let mut claims = serde_json::Map::new();
        claims.insert("scope".into(), serde_json::Value::String(scope.to_string()));
        JwtSigner {
            key_id: key_id.into(),
            secret: Secret::new(secret),
            claims,
            lifetime: None,
            cache: Mutex::new(None),
        }
    }
    /// Add a claim to every token.
    pub fn claim(mut self, name: impl Into<String>, value: serde_json::Value) -> Self {
        self.claims.insert(name.into(), value);
        self
    }
    /// Give tokens an `exp` this far in the future (re-signed before then).
    pub fn lifetime(mut self, lifetime: Duration) -> Self {
        self.lifetime = Some(lifetime);
        self
    }

    /// Sign one token now: `header.claims.signature`, each base64url without padding.
    ///
    /// # Errors
    ///
    /// A message when the clock is before 1970 or the claims do not serialize.
    ///
    /// ```
    /// use clientgen_runtime::JwtSigner;
    ///
    /// let token = JwtSigner::new("app_123", "secret", "app").sign().unwrap();
    /// assert_eq!(token.split('.').count(), 3);
    /// ```
    pub fn sign(&self) -> Result<String, String> {
        use base64::Engine as _;
        use hmac::Mac as _;
        let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
        let header = serde_json::json!({"alg": "HS256", "typ": "JWT", "kid": self.key_id});
        let mut claims = self.claims.clone();
        if let Some(life) = self.lifetime {
            let now = SystemTime::now()
                .duration_since(SystemTime::UNIX_EPOCH)
                .map_err(|e| e.to_string())?;
            claims.insert(
                "exp".into(),
                serde_json::Value::from((now + life).as_secs()),
            );
        }
        let head = b64.encode(serde_json::to_vec(&header).map_err(|e| e.to_string())?);
        let body = b64.encode(serde_json::to_vec(&claims).map_err(|e| e.to_string())?);
        let signing_input = format!("{head}.{body}");
        let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(self.secret.expose().as_bytes())
            .map_err(|e| e.to_string())?;
        mac.update(signing_input.as_bytes());
        let sig = b64.encode(mac.finalize().into_bytes());
        Ok(format!("{signing_input}.{sig}"))
    }
}

impl fmt::Debug for JwtSigner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("JwtSigner")
            .field("key_id", &self.key_id)
            .field("secret", &"***")
            .finish()
    }
}

impl TokenSource for JwtSigner {
    fn token<'a>(
        &'a self,
        _http: &'a reqwest::Client,
        _stale: Option<&'a str>,
    ) -> BoxFuture<'a, Result<Secret, String>> {
        Box::pin(async move {
            let mut cache = self
                .cache
                .lock()
                .map_err(|_| "JWT cache poisoned".to_string())?;
            if let Some((token, expiry)) = cache.as_ref() {
                if expiry.is_none_or(|t| Instant::now() + EXPIRY_MARGIN < t) {
                    return Ok(token.clone());
                }
            }
            let token = Secret::new(self.sign()?);
            *cache = Some((token.clone(), self.lifetime.map(|l| Instant::now() + l)));
            Ok(token)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine as _;

    fn decode(part: &str) -> serde_json::Value {
        let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(part)
            .unwrap();
        serde_json::from_slice(&bytes).unwrap()
    }

    #[test]
    fn tokens_carry_kid_claims_and_an_hs256_signature() {
        let signer = JwtSigner::new("app_1", "k3y-s3cret", "app")
            .claim("sub", "user-1".into())
            .lifetime(Duration::from_secs(60));
        let token = signer.sign().unwrap();
        let parts: Vec<&str> = token.split('.').collect();
        assert_eq!(parts.len(), 3);
        assert_eq!(
            decode(parts[0]),
            serde_json::json!({"alg": "HS256", "typ": "JWT", "kid": "app_1"})
        );
        let claims = decode(parts[1]);
        assert_eq!(claims["scope"], "app");
        assert_eq!(claims["sub"], "user-1");
        let now = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .unwrap()
            .as_secs();
        let exp = claims["exp"].as_u64().unwrap();
        assert!((now + 55..=now + 65).contains(&exp), "exp {exp}, now {now}");
        // The signature is HMAC-SHA256 over `header.claims` with the secret.
        use hmac::Mac as _;
        let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(b"k3y-s3cret").unwrap();
        mac.update(format!("{}.{}", parts[0], parts[1]).as_bytes());
        let want =
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes());
        assert_eq!(parts[2], want);
        assert!(!format!("{signer:?}").contains("k3y-s3cret"));
    }
}
