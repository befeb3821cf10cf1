//! `v2/face/...`: face-recognition (刷脸) SDK credentials.
