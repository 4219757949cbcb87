#pragma once

#include <QString>
#include <functional>

class QMessageBox;
class QPushButton;
class QWidget;

// What a confirmation asks: the window's question and the step it guards. Every confirmation in
// the window is one of these, so that each has the same parts: object and accessible names, a
// yes button with a mnemonic, a no button that Escape presses, and the default the step needs.
struct ConfirmSpec
{
    QString objectName; // of the box, for tests and tools: "removeConfirmation"
    QString title;      // "Remove Workspace?"
    QString text;       // the question: "Remove the workspace "Acme"?"
    QString informativeText = {};
    QString yesText; // with a mnemonic: "&Remove"
    // A destructive step gets a warning icon and No as its default button, so that Enter alone
    // does not take it; any other step a question icon and Yes as its default.
    bool destructive = false;
    // An offer made after a failure ("Retry?") gets a warning icon and keeps Yes as its default.
    bool afterFailure = false;
    QString noText = {}; // empty: the platform's Cancel
    QString yesObjectName = QStringLiteral("confirmYesButton");
    QString noObjectName = QStringLiteral("confirmNoButton");
    // Empty: the buttons' texts without their mnemonics.
    QString yesAccessibleName = {};
    QString noAccessibleName = {};
    // For a step a plain yes is not enough for (a run that deactivates more members than
    // DeactivationGuard allows): not empty, the box asks to type this text ("60") in a field
    // under its texts, labelled `typedPrompt`, and the yes button stays disabled, its tooltip
    // saying why, until it is typed. The yes button is then the default, so that Enter takes the
    // step once the text is typed and does nothing before; Escape cancels.
    QString typedConfirmation = {};
    QString typedPrompt = {}; // with a mnemonic: "&Type 60 to confirm:"
};

namespace Confirm {

// Sets `box` up as `spec` says: icon, texts, names, both buttons, Escape and the default button,
// and the field to type in (a TypedConfirmation, a child of `box`) when the spec asks for one.
// Answers the yes button.
QPushButton *setUp(QMessageBox *box, const ConfirmSpec &spec);

// Asks without blocking: a box over `parent` (window-modal, shown with open(), deleted once
// closed); `onYes` runs when the yes button is pressed, and nothing at all otherwise.
QMessageBox *ask(QWidget *parent, const ConfirmSpec &spec, std::function<void()> onYes);

} // namespace Confirm
