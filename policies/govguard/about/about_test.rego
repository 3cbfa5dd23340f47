package govguard.about_test

import data.govguard.about
import data.govguard.lib.params

by_article := {entry.article: entry | some entry in about.articles}

test_every_article_once_in_order if {
	[entry.article | some entry in about.articles] == numbers.range(1, 44)
}

test_every_article_has_a_status_and_its_justification if {
	every entry in about.articles {
		entry.summary.zh != ""
		entry.summary.en != ""
		justified(entry)
	}
}

justified(entry) if {
	entry.status == "automated"
	count(entry.controls) > 0
}

justified(entry) if {
	entry.status == "manual"
	entry.question.zh != ""
	entry.question.en != ""
	entry.controls == []
}

justified(entry) if {
	entry.status == "not_applicable"
	entry.reason.zh != ""
	entry.reason.en != ""
	entry.controls == []
}

test_controls_come_from_the_catalogue if {
	by_article[23].controls == ["A23.1", "A23.2", "A28.2"]
	by_article[26].status == "automated"
	"A26.1" in by_article[26].controls
	by_article[44].status == "not_applicable"
	by_article[33].status == "manual"
}

test_every_control_appears_under_each_of_its_articles if {
	every id, metadata in data.govguard.catalogue {
		every article in metadata.articles {
			id in by_article[article].controls
		}
	}
}

test_a_control_covering_an_article_makes_it_automated if {
	articles := about.articles with data.govguard.controls.a20_1.metadata as {"id": "A20.1", "article": 20, "articles": [20, 33]}
	entry := [e | some e in articles; e.article == 33][0]
	entry.status == "automated"
	entry.controls == ["A20.1"]
}

test_chapters_follow_the_regulation if {
	by_article[1].chapter.en == "Chapter 1 General provisions"
	by_article[12].chapter.en == "Chapter 2 Establishment and construction"
	by_article[31].chapter.en == "Chapter 5 E-mail security"
	by_article[44].chapter.en == "Chapter 8 Supplementary provisions"
}

test_every_parameter_is_documented_with_its_default if {
	keys := {concat(".", [section, name]) | some section, values in params.defaults; some name, _ in values}
	keys == {p.key | some p in about.parameters}
	every p in about.parameters {
		p.description.zh != ""
		p.description.en != ""
		[section, name] := split(p.key, ".")
		p.default == params.defaults[section][name]
	}
	{p.default | some p in about.parameters; p.key == "logs.min_retention_days"} == {365}
}
