"""Persistence: the SQLCipher database, key slots, audit chain. The only layer that imports peewee."""
