"""Knowledge base of the 地域未来戦略: YAML data, schema, loader, validator and graph."""
