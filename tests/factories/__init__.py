"""factory_boy factories for every snippet and page type. Import from the submodules."""
