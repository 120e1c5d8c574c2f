"""Tests of the embedded sandbox panel (real HTTP on loopback)."""
