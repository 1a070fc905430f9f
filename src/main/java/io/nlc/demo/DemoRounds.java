package io.nlc.demo;

import static io.nlc.assessment.Confidence.HIGH;
import static io.nlc.assessment.Confidence.LOW;
import static io.nlc.assessment.Confidence.MEDIUM;

import io.nlc.content.Tier;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo's rounds, written by hand so that each city reads like itself: Rabat strong on mandate and coordination,
 * Tétouan on trust with associations, Agadir on capacity and resources, Marrakech on engagement and communication,
 * Fès climbing from a modest first round. Core themes T1 to T6 in order. Rabat's 2024 round is on framework version 1
 * (a core scan of 3, 3, 3, 3, 3 and 4 items per theme), the later rounds on version 2: a core scan of 3, 3, 4, 3, 3
 * and 4 items, the full assessment 7, 7, 9, 8, 6 and 6, and 6 in module M2. Comments are the team's own words, in the
 * language its staff would write; links point to the reserved {@code .example} domain.
 */
final class DemoRounds {

    private DemoRounds() {}

    /** A national focal point's rating of one item, with an optional comment. */
    record NationalRating(String itemId, int level, String comment) {}

    private static Map<String, Integer> targets(int t1, int t2, int t3, int t4, int t5, int t6) {
        return Map.of("T1", t1, "T2", t2, "T3", t3, "T4", t4, "T5", t5, "T6", t6);
    }

    /** The one round on framework version 1: it keeps that version's texts, bands and scores. */
    static final DemoRound RABAT_2024 = new DemoRound(
                    "2024", Tier.CORE, Set.of(), targets(3, 3, 3, 3, 3, 3), "223 232 221 222 121 1?1?", MEDIUM)
            .onVersion(1)
            .note("T1.2", "Répartition des rôles définie avec la préfecture lors de la réunion de lancement.")
            .note("T5.3", "Pas encore de plan de formation écrit ; des sessions ponctuelles seulement.")
            .note("T6.2", "Information à demander à la division financière.")
            .note("T6.5", "Aucun indicateur défini à ce stade.");

    static final DemoRound RABAT_2025 = new DemoRound(
                    "2025",
                    Tier.DETAILED,
                    Set.of(),
                    targets(4, 4, 3, 3, 3, 3),
                    "3332333 3323232 222212221 32223222 222331 2322?1",
                    MEDIUM)
            .note(
                    "T1.1",
                    "Plan local de prévention adopté par le conseil communal en 2025.",
                    "https://docs.rabat.example/conseil/plan-local-prevention-2025.pdf")
            .note(
                    "T2.2",
                    "Réunion mensuelle avec la wilaya et les services déconcentrés.",
                    "https://docs.rabat.example/coordination/calendrier-reunions-2025.pdf")
            .note("T3.2", "Les jeunes sont consultés, mais surtout comme bénéficiaires des activités.")
            .note("T3.5", LOW, "Peu d'espaces de dialogue sûrs en dehors des maisons de jeunes.")
            .note(
                    "T5.3",
                    "Plan de formation 2025-2026 validé par la direction générale des services.",
                    "https://docs.rabat.example/rh/plan-formation-2025-2026.pdf")
            .note("T6.5", "Indicateurs définis ; le premier rapport de suivi est attendu en fin d'année.")
            .note("T6.6", "Plusieurs actions dépendent d'un seul financement international.");

    static final DemoRound TETOUAN_2024 = new DemoRound(
                    "2024", Tier.CORE, Set.of(), targets(2, 2, 3, 2, 2, 2), "112 212 3332 221 2?1 1110", MEDIUM)
            .note("T3.1", HIGH, "علاقات ثقة جيدة مع الجمعيات والسلطات المحلية.")
            .note("T5.2", "المعلومات غير متوفرة لدى الفريق حالياً.")
            .note("T6.5", "لا يوجد تتبع منتظم للأنشطة.");

    static final DemoRound TETOUAN_2025 = new DemoRound(
                    "2025", Tier.CORE, Set.of(), targets(2, 3, 4, 3, 2, 2), "102 2?2 3322 212 21? ?10?", MEDIUM)
            .note("T1.1", "لا توجد وثيقة مكتوبة تحدد دور الجماعة في الوقاية؛ توجد إشارات فقط في برنامج عمل الجماعة.")
            .note("T1.2", "الأدوار بين الجماعة والإقليم والمصالح اللاممركزة غير محددة كتابياً.")
            .note("T2.2", "تقييم أكثر حذراً من السنة الماضية؛ يجب التحقق مع الإقليم.")
            .note(
                    "T3.1",
                    "شراكات قائمة مع جمعيات الأحياء ودور الشباب.",
                    "https://docs.tetouan.example/partenariats/liste-partenaires-2025.pdf")
            .note("T3.2", "مشاركة فعلية للشباب في لجنة تتبع الأنشطة.")
            .note("T3.7", "النساء ممثلات في لجنة تتبع الأنشطة، لكن لم يُصمَّم معهن أي نشاط بعد.")
            .note("T6.1", "المعطيات المالية غير متوفرة بعد لدى الفريق.");

    /** Fès's first scan, a year before the round its action plan came from. */
    static final DemoRound FES_2024 = new DemoRound(
                    "2024", Tier.CORE, Set.of(), targets(2, 2, 2, 2, 2, 2), "112 101 1??0 010 1?? 0??0", LOW)
            .note("T1.1", "Aucun texte du conseil ne parle de prévention ; quelques actions de cohésion sociale.")
            .note("T4.5", "Pas de procédure : chaque incident est géré au cas par cas.");

    static final DemoRound FES_2025 = new DemoRound(
                    "2025", Tier.CORE, Set.of(), targets(3, 3, 2, 2, 2, 2), "223 212 12?1 110 21? 10?0", MEDIUM)
            .note(
                    "T1.1",
                    "Délibération de 2019 sur la cohésion sociale : la prévention y est citée, sans rôle précis.",
                    "https://docs.fes.example/conseil/deliberation-cohesion-sociale-2019.pdf")
            .note(
                    "T1.5",
                    "Engagement public du président renouvelé lors de la journée du vivre-ensemble.",
                    "https://www.fes.example/actualites/journee-vivre-ensemble")
            .note("T2.2", "Contacts ponctuels avec la wilaya, surtout après un incident ; pas de rencontre régulière.")
            .note("T3.6", "Pas de consensus dans l'atelier : à vérifier avec le service des associations.")
            .note("T4.5", "Aucune procédure de communication de crise n'existe aujourd'hui.")
            .note("T6.2", "Aucun financement INDH ni international mobilisé pour la prévention à ce jour.")
            .note("T6.4", "Des données existent dans chaque service mais ne sont pas rassemblées.");

    /** In progress: the coordinator answered in October; Nadia answers communication (T4) and the training plan. */
    static final DemoRound FES_2026 = new DemoRound(
                    "2026", Tier.CORE, Set.of(), targets(3, 3, 3, 3, 3, 2), "322 321 2211 2?. 1?. 2?..", MEDIUM)
            .answeredBy("T4", "member.fes")
            .answeredBy("T5.3", "member.fes")
            // Carried over from 2025: why the levels without a note of their own moved.
            .because("T1.5", "L'engagement public n'a pas été renouvelé depuis les élections partielles.")
            .because("T2.2", "Deux réunions de travail avec la division de l'action sociale de la wilaya en 2026.")
            .because("T3.1", "Les associations des quartiers nord participent désormais aux activités communes.")
            .because("T3.6", "Vérifié avec le service des associations : un rôle reconnu, sans cadre écrit.")
            .because("T5.2", "Personne dans l'équipe ne sait si les formations de 2025 ont eu une suite ; à vérifier.")
            .because("T6.2", "La région n'a pas encore répondu à la demande d'appui : à vérifier.")
            .note(
                    "T1.1",
                    "Nouvelle délibération adoptée en 2026 : le rôle de la commune en prévention est écrit.",
                    "https://docs.fes.example/conseil/deliberation-prevention-2026.pdf")
            .note(
                    "T2.1",
                    "Comité local de prévention créé en début d'année ; trois réunions tenues.",
                    "https://docs.fes.example/comite-prevention/pv-reunion-2026-03.pdf")
            .note(
                    "T2.4",
                    "Les réunions ne sont pas encore trimestrielles et les décisions ne sont pas suivies par écrit.")
            .note("T3.2", "Deux associations de jeunes siègent au comité.")
            .note("T3.7", "La participation des femmes reste faible : aucune association de femmes au comité.")
            .note("T4.1", "نظمنا لقاءين تشاوريين مع جمعيات الأحياء هذه السنة، لكن لا توجد قناة منتظمة بعد.")
            .note("T4.2", "يجب التحقق من وجود قواعد مكتوبة لتبادل المعلومات مع مصلحة الشؤون القانونية.")
            .note("T5.1", LOW, "Formation de base suivie par quelques agents seulement.")
            .note(
                    "T6.1",
                    "Une ligne budgétaire dédiée existe depuis 2026, d'un montant modeste.",
                    "https://docs.fes.example/budget/budget-2026-extrait.pdf");

    /**
     * The national side's view of Fès 2026, first three themes only: four items alike, three one level apart,
     * two items two levels apart (T1.2 seen higher nationally, T2.1 lower).
     */
    static final List<NationalRating> FES_2026_NATIONAL = List.of(
            new NationalRating("T1.1", 3, ""),
            new NationalRating(
                    "T1.2",
                    4,
                    "Les rôles sont fixés par la loi organique relative aux communes et les"
                            + " circulaires du ministère de l'Intérieur."),
            new NationalRating("T1.5", 1, "L'engagement public reste ponctuel."),
            new NationalRating(
                    "T2.1",
                    1,
                    "Le comité local n'a pas encore été présenté à la province ; son"
                            + " fonctionnement reste à confirmer."),
            new NationalRating("T2.2", 3, ""),
            new NationalRating("T2.4", 1, ""),
            new NationalRating("T3.1", 3, "Bonne collaboration observée lors des dernières actions conjointes."),
            new NationalRating("T3.2", 2, ""),
            new NationalRating("T3.6", 1, ""));

    static final DemoRound MARRAKECH_2026 = new DemoRound(
                    "2026",
                    Tier.DETAILED,
                    Set.of("M2"),
                    Map.of("T1", 3, "T2", 3, "T3", 4, "T4", 4, "T5", 3, "T6", 3, "M2", 3),
                    "1212211 2223132 343323332 32233332 22123? 11210? 323232",
                    MEDIUM)
            .note("T1.1", "Pas de texte adopté ; un projet de délibération est en préparation.")
            .note(
                    "T3.2",
                    "Conseil local des jeunes actif, avec une commission mixte qui conçoit les activités.",
                    "https://docs.marrakech.example/jeunesse/conseil-local-jeunes-rapport-2026.pdf")
            .note(
                    "T3.8",
                    "Appel à projets annuel pour les associations, avec des critères publiés.",
                    "https://www.marrakech.example/associations/appel-a-projets-2026")
            .note("T4.1", "Rencontres de quartier trimestrielles et page officielle modérée.")
            .note("T5.6", "À confirmer avec la direction des ressources humaines.")
            .note("T6.4", "Aucune donnée consolidée sur les besoins locaux.")
            .note("T6.6", "Pas d'évaluation de la durabilité à ce jour ; à discuter avec le hub.")
            .note("M2.1", "Accès aux services de base assuré ; l'information en plusieurs langues reste à améliorer.")
            .note(
                    "M2.3",
                    "Conventions avec deux associations d'accompagnement des migrants.",
                    "https://docs.marrakech.example/conventions/associations-accompagnement-2025.pdf");

    static final DemoRound AGADIR_2025 = new DemoRound(
                    "2025", Tier.CORE, Set.of(), targets(3, 3, 3, 3, 4, 4), "232 323 1212 121 334 3323", MEDIUM)
            .note("T3.1", "La confiance avec certains partenaires associatifs reste à construire.")
            .note("T4.1", "Communication surtout descendante ; peu de consultation des habitants.")
            .note(
                    "T5.1",
                    "Cycle de formation suivi par les travailleurs sociaux et les animateurs.",
                    "https://docs.agadir.example/formation/bilan-formation-2025.pdf")
            .note(
                    "T5.3",
                    "Plan de formation pluriannuel, avec un budget.",
                    "https://docs.agadir.example/formation/plan-formation-2025-2027.pdf")
            .note(
                    "T6.2",
                    "Projet de prévention cofinancé par l'INDH depuis 2024.",
                    "https://docs.agadir.example/partenariats/convention-indh-2024.pdf");

    /** Just begun: the coordinator's first answers before the team workshop; confidence not given yet. */
    static final DemoRound OUJDA_2026 = new DemoRound(
                    "2026", Tier.CORE, Set.of(), targets(3, 3, 3, 3, 3, 3), "21. 2.. 1... ... ... ....", null)
            .note("T1.1", LOW, "Première lecture ; à compléter lors de l'atelier avec les services.");
}
