//! `v2/xdc/...`: the sandbox sign key and sandbox endpoints (仿真测试).
