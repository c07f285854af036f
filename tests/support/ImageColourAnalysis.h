#pragma once

#include <QColor>
#include <QImage>

// Looks at rendered text the way a person checking a screenshot would: what is the background,
// and in how many distinct colours is the text drawn?
class ImageColourAnalysis final
{
public:
    // The most common colour, which for a text area is its background.
    static QColor dominantColour(const QImage &image);

    // Counts the ink colours: pixels clearly different from the background, grouped by hue for
    // coloured pixels and into one group for greys, so that anti-aliased edges of one colour do
    // not count as colours of their own. A group counts once it has minimumPixels pixels.
    static int foregroundColourCount(const QImage &image, int minimumPixels = 20);
};
