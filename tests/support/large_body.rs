//! A server streaming one large body, shared by the memory test (`tests/memory.rs`) and the
//! streaming wire tests: a module of its own, as the memory test's binary has none of the
//! generator helpers of `mod.rs`.

use std::io::{Read, Write};
use std::net::TcpListener;

/// The length of the body chunk the server repeats (64 KiB).
const CHUNK: u64 = 64 * 1024;

/// Byte `n` of the body [`large_body_server`] sends.
pub fn body_byte(n: u64) -> u8 {
    (n % CHUNK % 251) as u8
}

/// A server on 127.0.0.1 that answers one request (any method and path, its head read to
/// the blank line, its body ignored) with `200`, `content-type: video/mp4` and `len` bytes,
/// written `CHUNK` at a time from one buffer (wiremock would hold the whole body in this
/// process's memory). Byte `n` of the body is [`body_byte`]`(n)`. Its base URL.
pub fn large_body_server(len: u64) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        let (mut socket, _) = listener.accept().unwrap();
        let mut head = Vec::new();
        let mut byte = [0u8; 1];
        while !head.ends_with(b"\r\n\r\n") {
            socket.read_exact(&mut byte).unwrap();
            head.push(byte[0]);
        }
        write!(
            socket,
            "HTTP/1.1 200 OK\r\ncontent-type: video/mp4\r\ncontent-length: {len}\r\n\r\n"
        )
        .unwrap();
        let chunk: Vec<u8> = (0..CHUNK).map(body_byte).collect();
        let mut sent = 0;
        while sent < len {
            if socket.write_all(&chunk).is_err() {
                return; // the client stopped reading
            }
            sent += chunk.len() as u64;
        }
    });
    format!("http://{addr}")
}
