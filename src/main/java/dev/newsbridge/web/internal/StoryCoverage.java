package dev.newsbridge.web.internal;

import java.util.List;

/**
 * The story box on an article page: where the article sits in its story.
 *
 * @param storyHref the story's page
 * @param copyOf the original this article copies, or null when it is an original
 * @param others the story's other reports, oldest first (at most {@value StoryViews#COVERAGE_LINKS})
 * @param previous the story's nearest original report before this one (copies skipped), or null
 * @param next the story's nearest original report after this one (copies skipped), or null
 */
public record StoryCoverage(
    String storyHref,
    int articles,
    NavLink copyOf,
    List<StoryView.Report> others,
    NavLink previous,
    NavLink next) {}
