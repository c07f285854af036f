#include "ImageColourAnalysis.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cstdlib>

namespace {

constexpr int inkThreshold = 48; // largest channel difference from the background
// A pixel is grey when its chroma (largest minus smallest channel) is small next to its distance
// from the background. A blend of one ink with the background keeps that ratio, so the pale
// anti-aliased edges of red text stay red instead of turning into a grey of their own.
constexpr int greyChromaPerDistance = 5;

int channelDistance(QRgb a, QRgb b)
{
    return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))});
}

// Splits the hue circle into runs of occupied degrees. One ink colour and its anti-aliased
// edges keep (nearly) one hue, so each run is one colour; fixed buckets would split a colour
// that sits on a bucket edge, red at 0/360 degrees first of all.
int hueRunsOfAtLeast(const std::array<int, 360> &pixelsPerDegree, int minimumPixels)
{
    int coloured = 0;
    for (int count : pixelsPerDegree)
        coloured += count;
    // A few pixels where two colours touch must not bridge them.
    const int noise = std::max(2, coloured / 200);
    const auto occupied = [&](int degree) { return pixelsPerDegree[static_cast<std::size_t>(degree % 360)] >= noise; };

    int start = 0;
    while (start < 360 && occupied(start))
        ++start;
    if (start == 360)
        return coloured >= minimumPixels ? 1 : 0;

    int runs = 0;
    int runSize = 0;
    for (int step = 1; step <= 360; ++step) {
        const int degree = (start + step) % 360;
        if (occupied(degree)) {
            runSize += pixelsPerDegree[static_cast<std::size_t>(degree)];
        } else {
            if (runSize >= minimumPixels)
                ++runs;
            runSize = 0;
        }
    }
    return runs;
}

} // namespace

QColor ImageColourAnalysis::dominantColour(const QImage &image)
{
    const QImage pixels = image.convertToFormat(QImage::Format_RGB32);
    QHash<QRgb, int> counts;
    for (int y = 0; y < pixels.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(pixels.constScanLine(y));
        for (int x = 0; x < pixels.width(); ++x)
            ++counts[line[x] | 0xff000000u];
    }
    QRgb best = 0;
    int bestCount = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return bestCount < 0 ? QColor() : QColor::fromRgb(best);
}

int ImageColourAnalysis::foregroundColourCount(const QImage &image, int minimumPixels)
{
    const QImage pixels = image.convertToFormat(QImage::Format_RGB32);
    const QRgb background = dominantColour(pixels).rgb();
    std::array<int, 360> pixelsPerDegree{};
    int greys = 0;
    for (int y = 0; y < pixels.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(pixels.constScanLine(y));
        for (int x = 0; x < pixels.width(); ++x) {
            const int distance = channelDistance(line[x], background);
            if (distance < inkThreshold)
                continue;
            const QColor colour = QColor::fromRgb(line[x]);
            const int chroma = std::max({colour.red(), colour.green(), colour.blue()})
                - std::min({colour.red(), colour.green(), colour.blue()});
            if (chroma * greyChromaPerDistance < distance || colour.hsvHue() < 0)
                ++greys;
            else
                ++pixelsPerDegree[static_cast<std::size_t>(colour.hsvHue())];
        }
    }
    return (greys >= minimumPixels ? 1 : 0) + hueRunsOfAtLeast(pixelsPerDegree, minimumPixels);
}
