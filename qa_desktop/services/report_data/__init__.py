"""Compiling each document's input from the services (plain pydantic data for the builders)."""
