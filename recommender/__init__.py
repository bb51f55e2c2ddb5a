"""Match plans and questions to strategic fields and rank support measures."""
