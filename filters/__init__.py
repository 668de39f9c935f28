"""datatrove steps that repair, judge, drop or trim documents."""
