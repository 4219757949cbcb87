// roster_translations holds only the compiled .qm files of translations/ as resources; a static
// library needs one source file of its own.
namespace RosterTranslations {
[[maybe_unused]] constexpr int Anchor = 0;
}
