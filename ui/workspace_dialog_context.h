#pragma once

class KeyStore;
class RosterDatabase;
class SessionKeys;
class WorkspaceOpener;
class WorkspaceStore;

// What the workspace dialog works on. Nothing is owned; everything must outlive the dialog.
struct WorkspaceDialogContext
{
    WorkspaceStore *store = nullptr;
    KeyStore *keyStore = nullptr; // not used in demo mode
    SessionKeys *sessionKeys = nullptr;
    WorkspaceOpener *opener = nullptr;  // for "Test connection"
    RosterDatabase *database = nullptr; // for the local roster of a removed workspace
    // Keys go to SessionKeys only and never touch the keychain.
    bool demoMode = false;
};
