//! One integration-test binary, a module per area (see tests/suite/).
mod suite;
