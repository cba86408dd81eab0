"""The larger occupation vocabulary, one module per bio language (issue 14).

``jobs/<code>.py`` gives the labels of the occupations added to :data:`..vocab.OCCUPATIONS`
after the first 58 (same conventions as the language modules: ``<masc|fem>`` marks
grammatical gender), and may give:

* ``OCCUPATION_WORDS``: more description words -> occupation key (plurals are added
  automatically where :mod:`..hints` knows the language's plural; these win over the
  language module's own words);
* ``COUNTRY_OVERRIDES``: per-country labels (Portugal's, Spain's), merged per country;
* ``NEUTRAL_OCCUPATIONS``: nonbinary personas' labels where the language module's
  mechanical neutral form does not fit ("Hebamme", "sage-femme");
* ``FIELDS``: labels of the fields of study added with them;
* ``WORKPLACES``: templates of the workplace kinds added with them (army, court, transit);
* ``VARIETY_WORDS``: per variety, whole-word replacements added to the module's
  ``VARIETIES`` (British "postman" for "mail carrier").

:func:`..lang.module` merges them into the language module's data.
"""
